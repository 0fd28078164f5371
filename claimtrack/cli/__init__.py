"""The command-line interface: thin commands over claimtrack.api, and the renderers they use."""
