"""The health report: read a data directory (``collect``), judge each outlet against its own history
(``health``), draw it as one self-contained HTML page with inline SVG (``svg``, ``html``)."""
