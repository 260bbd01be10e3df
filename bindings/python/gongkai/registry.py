"""The filing registry (docs/registry.md): one SQLite file of agencies in their hierarchy, the
annual reports they file as immutable versions on a hash chain, reviewers' dispositions of
findings, acceptance, and the roll-up of accepted reports.

    with gongkai.Registry.open("season.db", create=True) as reg:
        reg.import_agencies(open("agencies.csv", encoding="utf-8").read())
        version = reg.file(report, actor="张三")            # a gongkai.v1.FiledVersion
        for f in reg.findings("C1", 2022).findings:
            reg.dispose("C1", 2022, f.fingerprint, "explained", "说明", actor="李四")
        reg.accept("C1", 2022, actor="李四")
        reg.rollup("P", 2022).complete

Answers are the messages of gongkai.v1.registry_pb2 as protobuf objects, or their JSON str with
as_json=True; file() answers in the form of the report given (object, JSON str or dict), as the
rest of the package does. A version number of 0 is the latest. Failures raise gongkai.Error
subclasses: UnavailableError while another writer holds the file (nothing changed; retry),
DataLossError for a damaged file. A Registry is for one thread at a time; open one per thread
(several may open the same file, in one process or several).
"""

import ctypes
import os

from . import _native
from . import _values
from .report import FORMAT_BINARY, FORMAT_JSON, _Form, _choice, _name

__all__ = ["Registry", "DISPOSITIONS"]

# The enum gongkai_disposition of include/gongkai/registry.h, by the names dispose() takes; the
# values are gongkai.v1.Disposition's too.
DISPOSITION_VALUES = {"explained": 1, "must_correct": 2}
DISPOSITIONS = tuple(DISPOSITION_VALUES)


def _text(value, what):
    """str or bytes as UTF-8 bytes (pointer + length arguments)."""
    if isinstance(value, str):
        return value.encode("utf-8", "surrogatepass")
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)
    raise TypeError(f"{what} must be str or bytes, not {type(value).__name__}")


def _number(value, what):
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{what} must be an int, not {type(value).__name__}")
    return value


class Registry(_native.Handle):
    """An open registry file; a context manager that closes it."""

    FREE = "gongkai_registry_free"

    def __init__(self, path, create=False):
        """Opens `path` (str or os.PathLike); with create=True, creates it when it does not exist.
        NotFoundError when it does not exist; FailedPreconditionError for an SQLite file that is
        not a Gongkai registry or of a newer schema; DataLossError for a damaged file or one that
        is not SQLite; UnavailableError while another writer holds it."""
        self._handle = _native._registry_p()
        _native.check(_native.lib.gongkai_registry_open(ctypes.byref(self._handle), os.fsencode(path),
                                                        1 if create else 0))

    @classmethod
    def open(cls, path, create=False):
        """The same as Registry(path, create)."""
        return cls(path, create)

    def _get(self):
        if not getattr(self, "_handle", None):
            raise ValueError("the registry is closed")
        return self._handle

    def _answer(self, name, full_name, as_json, *args):
        fmt = FORMAT_JSON if as_json else FORMAT_BINARY
        if not as_json:
            _values.require_protobuf()  # before a call that may change the store
        data = _native.call_for_buffer(name, self._get(), fmt, *args)
        if as_json:
            return data.decode("utf-8")
        return _values.message_class(full_name).FromString(data)

    # --- Agencies ---

    def put_agencies(self, agencies):
        """Adds, or updates by id, the agencies of a gongkai.v1.RegistryAgencyList (protobuf
        object, JSON str or dict), all or none. InvalidArgumentError naming the entry for an
        empty id or name, an unknown parent, a cycle or impossible years."""
        form = _Form(agencies)
        data = form.encode(agencies)
        _native.check(_native.lib.gongkai_registry_agencies_put(self._get(), form.format, data, len(data)))

    def import_agencies(self, text):
        """Stores the agencies of a CSV (header "id,name,level,parent", optionally
        ",first_year,last_year") or JSON list given as str or UTF-8 bytes, as put_agencies does.
        InvalidArgumentError naming the line and column, or the entry."""
        data = _text(text, "text")
        _native.check(_native.lib.gongkai_registry_agencies_import(self._get(), data, len(data)))

    def agencies(self, *, as_json=False):
        """The stored agencies, in id order: a gongkai.v1.RegistryAgencyList."""
        return self._answer("gongkai_registry_agencies_list", "gongkai.v1.RegistryAgencyList", as_json)

    # --- Filing ---

    def file(self, report, actor, reason=""):
        """Files `report` (gongkai.v1.AnnualReport as protobuf object, JSON str or dict) as the next
        version of its agency and year, by `actor`; a correction needs a `reason`. Returns the
        gongkai.v1.FiledVersion in the report's form. NotFoundError for an unknown agency;
        InvalidArgumentError for an unreadable report or a correction without reason."""
        form = _Form(report)
        data = form.encode(report)
        out = _native.call_for_buffer("gongkai_registry_file", self._get(), form.format, data, len(data),
                                      _name(actor, "actor"), _name(reason, "reason"))
        return form.decode(out, "gongkai.v1.FiledVersion")

    def version(self, agency_id, year, number=0, *, as_json=False):
        """A version's gongkai.v1.FiledVersion. NotFoundError naming agency, year and number."""
        return self._answer("gongkai_registry_version_get", "gongkai.v1.FiledVersion", as_json,
                            _name(agency_id, "agency_id"), _number(year, "year"), _number(number, "number"))

    def report(self, agency_id, year, number=0, *, as_json=False):
        """A version's gongkai.v1.AnnualReport as filed. Errors as for version()."""
        return self._answer("gongkai_registry_report_get", "gongkai.v1.AnnualReport", as_json,
                            _name(agency_id, "agency_id"), _number(year, "year"), _number(number, "number"))

    def lock(self, agency_id, year, number=0, *, actor, as_json=False):
        """Locks a version as the one published; the locked gongkai.v1.FiledVersion.
        FailedPreconditionError when it is locked already."""
        return self._answer("gongkai_registry_lock", "gongkai.v1.FiledVersion", as_json,
                            _name(agency_id, "agency_id"), _number(year, "year"), _number(number, "number"),
                            _name(actor, "actor"))

    # --- Review ---

    def findings(self, agency_id, year, number=0, *, as_json=False):
        """A version's findings with fingerprints and dispositions: gongkai.v1.RegistryFindingList."""
        return self._answer("gongkai_registry_findings", "gongkai.v1.RegistryFindingList", as_json,
                            _name(agency_id, "agency_id"), _number(year, "year"), _number(number, "number"))

    def dispose(self, agency_id, year, fingerprint, disposition, explanation="", *, actor):
        """Records `actor`'s disposition ("explained", which needs an explanation, or
        "must_correct"; or the gongkai.v1.Disposition value) of the finding with `fingerprint` in
        every version of the year. NotFoundError when no version of the year has it."""
        if isinstance(disposition, str):
            value = _choice(disposition, DISPOSITION_VALUES, "disposition")
        else:
            value = _number(disposition, "disposition")
        _native.check(_native.lib.gongkai_registry_dispose(
            self._get(), _name(agency_id, "agency_id"), _number(year, "year"), _name(fingerprint, "fingerprint"),
            value, _name(explanation, "explanation"), _name(actor, "actor")))

    def accept(self, agency_id, year, number=0, *, actor, as_json=False):
        """Accepts a version (the filing gate); the accepted gongkai.v1.FiledVersion.
        FailedPreconditionError listing every finding that blocks it (rule and fingerprint)."""
        return self._answer("gongkai_registry_accept", "gongkai.v1.FiledVersion", as_json,
                            _name(agency_id, "agency_id"), _number(year, "year"), _number(number, "number"),
                            _name(actor, "actor"))

    def diff(self, agency_id, year, from_number, to_number, *, as_json=False):
        """The cells that differ between two versions, with both values: gongkai.v1.VersionDiff."""
        return self._answer("gongkai_registry_diff", "gongkai.v1.VersionDiff", as_json,
                            _name(agency_id, "agency_id"), _number(year, "year"),
                            _number(from_number, "from_number"), _number(to_number, "to_number"))

    # --- Roll-up, status, integrity ---

    def rollup(self, agency_id, year, *, as_json=False):
        """The sum of the children's latest accepted versions, each child's state, and whether it
        is complete: gongkai.v1.RollupResult. A missing child is a result, not an error."""
        return self._answer("gongkai_registry_rollup", "gongkai.v1.RollupResult", as_json,
                            _name(agency_id, "agency_id"), _number(year, "year"))

    def status(self, year, under="", *, as_json=False):
        """Every expected agency's state for `year` under `under` ("": every tree):
        gongkai.v1.RegistryStatus."""
        return self._answer("gongkai_registry_status", "gongkai.v1.RegistryStatus", as_json,
                            _number(year, "year"), _name(under, "under"))

    def verify(self, *, as_json=False):
        """Checks the store against its hash chain: gongkai.v1.RegistryVerification, whose problems
        list what was altered or removed (none: nothing)."""
        return self._answer("gongkai_registry_verify", "gongkai.v1.RegistryVerification", as_json)

    def head(self, *, as_json=False):
        """The chain's head, the receipt for the supervising office: gongkai.v1.RegistryReceipt."""
        return self._answer("gongkai_registry_head", "gongkai.v1.RegistryReceipt", as_json)

    def check_receipt(self, receipt):
        """Raises FailedPreconditionError, giving the sequence, unless the chain still holds the
        entry of `receipt` (a gongkai.v1.RegistryReceipt, a past head(), as a protobuf object, JSON
        str or dict) with its hash; with verify() this proves nothing it covers changed since."""
        form = _Form(receipt)
        data = form.encode(receipt)
        _native.check(_native.lib.gongkai_registry_check_receipt(self._get(), form.format, data, len(data)))
