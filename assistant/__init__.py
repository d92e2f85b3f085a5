"""crosswalk: answers questions about how CMM, ITIL, ISO 9000 and Malcolm Baldrige relate, with cited rows."""

__version__ = "0.1.0"
