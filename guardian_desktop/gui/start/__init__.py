"""The screens before the wizard: start, new case, recovery code, unlock."""
