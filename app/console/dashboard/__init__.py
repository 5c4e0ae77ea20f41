"""The NOC dashboard: `summary` (every figure, no Qt), `layout` (the tiles), `window` (fills
them from the live cache), `run` (`standby console --dashboard`)."""
