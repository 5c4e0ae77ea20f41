"""The async API client, the event-stream follower and the credential store. No Qt."""
