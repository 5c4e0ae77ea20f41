"""The control plane's routes, one module per area of the API."""
