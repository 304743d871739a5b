"""Report layer: police-ready PDF and evidence bundle. Never imports Qt."""
