"""Logic layer: case model, vault, evidence and guidance. Never imports Qt."""
