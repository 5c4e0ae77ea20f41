"""Qt item models over the client's inventory cache: updated incrementally, never rebuilt."""
