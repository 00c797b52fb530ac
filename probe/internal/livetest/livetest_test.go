package livetest

import "testing"

// TestRequireFollowsGODI_LIVE: off skips whatever the machine can do, so a
// replay-only run (GODI_LIVE=off npm test) runs no live Go test either.
func TestRequireFollowsGODI_LIVE(t *testing.T) {
	var ran bool
	t.Run("off", func(t *testing.T) {
		t.Setenv("GODI_LIVE", "off")
		Require(t)
		ran = true
	})
	if ran {
		t.Error("GODI_LIVE=off: the live test ran past Require")
	}
}
