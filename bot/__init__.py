"""The edge of qabot: configuration, the CLI shim and rendering (the Discord client comes next)."""
