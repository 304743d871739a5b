"""Safety components: quick exit, auto-lock, the lock prompt, discreet mode, first-run help."""
