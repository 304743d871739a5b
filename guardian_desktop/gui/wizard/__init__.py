"""The guided wizard: one module per step, a base page class, and the step view."""
