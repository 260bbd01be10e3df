CREATE TABLE agencies (
  id TEXT PRIMARY KEY NOT NULL,
  name TEXT NOT NULL,
  level INTEGER NOT NULL,
  parent_id TEXT REFERENCES agencies(id) DEFERRABLE INITIALLY DEFERRED,
  first_year INTEGER NOT NULL,
  last_year INTEGER NOT NULL
);
CREATE INDEX agencies_by_parent ON agencies(parent_id);
CREATE TABLE chain (
  sequence INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  agency_id TEXT NOT NULL,
  year INTEGER NOT NULL,
  number INTEGER NOT NULL,
  subject TEXT NOT NULL,
  payload TEXT NOT NULL,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  prev TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE TABLE versions (
  agency_id TEXT NOT NULL REFERENCES agencies(id),
  year INTEGER NOT NULL,
  number INTEGER NOT NULL,
  digest TEXT NOT NULL,
  filed_by TEXT NOT NULL,
  filed_at TEXT NOT NULL,
  reason TEXT NOT NULL,
  error_count INTEGER NOT NULL,
  warning_count INTEGER NOT NULL,
  locked_at TEXT,
  locked_by TEXT,
  accepted_at TEXT,
  accepted_by TEXT,
  sequence INTEGER NOT NULL REFERENCES chain(sequence),
  PRIMARY KEY (agency_id, year, number)
) WITHOUT ROWID;
CREATE INDEX versions_by_year ON versions(year, agency_id);
CREATE TABLE contents (
  agency_id TEXT NOT NULL,
  year INTEGER NOT NULL,
  number INTEGER NOT NULL,
  report BLOB NOT NULL,
  cells BLOB NOT NULL,
  PRIMARY KEY (agency_id, year, number),
  FOREIGN KEY (agency_id, year, number) REFERENCES versions(agency_id, year, number)
);
CREATE TABLE findings (
  agency_id TEXT NOT NULL,
  year INTEGER NOT NULL,
  number INTEGER NOT NULL,
  position INTEGER NOT NULL,
  fingerprint TEXT NOT NULL,
  severity INTEGER NOT NULL,
  finding BLOB NOT NULL,
  PRIMARY KEY (agency_id, year, number, position),
  FOREIGN KEY (agency_id, year, number) REFERENCES versions(agency_id, year, number)
) WITHOUT ROWID;
CREATE INDEX findings_by_fingerprint ON findings(agency_id, year, fingerprint);
CREATE TABLE dispositions (
  agency_id TEXT NOT NULL REFERENCES agencies(id),
  year INTEGER NOT NULL,
  fingerprint TEXT NOT NULL,
  disposition INTEGER NOT NULL,
  explanation TEXT NOT NULL,
  reviewer TEXT NOT NULL,
  decided_at TEXT NOT NULL,
  sequence INTEGER NOT NULL REFERENCES chain(sequence),
  PRIMARY KEY (agency_id, year, fingerprint)
) WITHOUT ROWID;
