# The issuance-slip review (docs/slip.md). Filled in by the slip module.
