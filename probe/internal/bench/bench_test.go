package bench

import (
	"context"
	"strings"
	"testing"

	"github.com/godi-golden/probe/internal/livetest"
)

// A short run of every shape: each probed run makes the records its calls
// should (checked inside Run), and every figure is one a per-hit cost can be.
func TestRunMeasuresEveryShape(t *testing.T) {
	livetest.Require(t)
	bin := livetest.Build(t, "../../testdata/target")
	const calls = 2000
	r, err := Run(context.Background(), bin, calls, 1)
	if err != nil {
		t.Fatal(err)
	}
	for _, shape := range Shapes {
		sr := r.Shapes[shape.Key]
		if sr == nil {
			t.Fatalf("no figures for %s", shape.Key)
		}
		if sr.BareNsPerHit.Min <= 0 || sr.ProbeNsPerHit.Min <= sr.BareNsPerHit.Min/2 || sr.ProgramNsPerHit <= 0 {
			t.Errorf("%s: implausible figures %+v", shape.Key, sr)
		}
		if sr.RecordBytes <= 0 && !shape.Skips {
			t.Errorf("%s: %d bytes per record", shape.Key, sr.RecordBytes)
		}
	}
	if entry, both := r.Shapes["scalarString"].ProgramNsPerHit, r.Shapes["scalarStringReturn"].ProgramNsPerHit; both <= entry {
		t.Errorf("an entry and a return program took %.0f ns a call, no more than the entry's alone %.0f", both, entry)
	}
	if a, b := r.Shapes["noArgs"].RecordBytes, r.Shapes["struct"].RecordBytes; a >= b {
		t.Errorf("a stack alone makes %d bytes, no fewer than a struct's %d", a, b)
	}
}

func TestChooseShapes(t *testing.T) {
	chosen, err := chooseShapes([]string{"struct", "noArgs"})
	if err != nil || len(chosen) != 2 || chosen[0].Key != "noArgs" || chosen[1].Key != "struct" {
		t.Fatalf("chooseShapes(struct, noArgs) = %v, %v; want noArgs, struct", chosen, err)
	}
	if all, _ := chooseShapes(nil); len(all) != len(Shapes) {
		t.Errorf("no keys chose %d shapes, want all %d", len(all), len(Shapes))
	}
	if _, err := chooseShapes([]string{"structs"}); err == nil || !strings.Contains(err.Error(), `no shape "structs" (shapes: noArgs, scalars,`) {
		t.Errorf("an unknown key: %v", err)
	}
}
