"""Fault injection: a local outlet serving every kind of broken server and page, and the tests that
pin down what the crawler and the entry points do with each (see ``docs/faults.md``)."""
