package bpfgen

import (
	"fmt"
	"slices"
	"testing"

	"github.com/godi-golden/probe/internal/plan"
)

// TestProgramsPlaceEachRole: where each program goes, by placement, with no
// kernel: the entry on the stack-check jump (reporting the entry PC) or on
// the entry with a morestack mark, and one return program on every RET.
func TestProgramsPlaceEachRole(t *testing.T) {
	gen := listingGenerator(t)
	probe := &plan.Probe{Index: 2, ID: "p", MaxEventBytes: 4096, Instances: []plan.Instance{{
		EntryPC: 0x1000, CFA: 8, PrologueJumpPC: 0x1008, MorestackTarget: 0x1080, ReturnPCs: []uint64{0x1040, 0x1060},
	}}}
	for _, c := range []struct {
		placement     Placement
		captureReturn bool
		want          []string
	}{
		{PlacementAuto, true, []string{"p2i0e entry [{1008 1000}]", "p2i0r return [{1040 1040} {1060 1060}]"}},
		{PlacementEntry, true, []string{"p2i0e entry [{1000 1000}]", "p2i0m morestack [{1080 1080}]", "p2i0r return [{1040 1040} {1060 1060}]"}},
		{PlacementAuto, false, []string{"p2i0e entry [{1008 1000}]"}},
	} {
		progs, err := gen.Programs(probe, 0, c.captureReturn, c.placement)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, p := range progs {
			if len(p.Insns) == 0 {
				t.Errorf("%s has no instructions", p.Name())
			}
			got = append(got, fmt.Sprintf("%s %s %x", p.Name(), p.Role, p.Points))
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("placement %d, captureReturn %v: got %q, want %q", c.placement, c.captureReturn, got, c.want)
		}
	}
}
