package bpfgen

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/cilium/ebpf/asm"

	"github.com/godi-golden/probe/internal/capfile"
	"github.com/godi-golden/probe/internal/plan"
	"github.com/godi-golden/probe/internal/record/layout"
)

var update = flag.Bool("update", false, "rewrite testdata/listings/*.asm from the generator")

// TestListings compares the programs generated for representative sites
// with their reviewed listings (testdata/listings), with no kernel and no
// root: a change to code generation shows as a diff of these files first.
// `go test ./internal/bpfgen -run TestListings -update` rewrites them.
func TestListings(t *testing.T) {
	gen := listingGenerator(t)
	str := []plan.Piece{{Offset: 0, Size: 8, Register: 3}, {Offset: 8, Size: 8, Register: 2}}
	probe := &plan.Probe{Index: 2, ID: "p", MaxEventBytes: 4096, Capture: capfile.CaptureLimits{MaxReferenceDepth: 3, MaxCollectionSize: 100, MaxLength: 255}}
	// Sampled as a snapshot probe is by default: one hit a second.
	sampled := *probe
	sampled.Throttle = capfile.Throttle{PeriodNs: 1e9, Budget: 1}
	cases := []struct {
		name  string
		insns func() (asm.Instructions, error)
	}{
		{"entry-at-stack-check", func() (asm.Instructions, error) {
			return gen.program(site{probe: &sampled, kind: capfile.KindEntry, prologueJump: true, captureReturn: true, cfa: 8, values: []plan.Value{
				{Name: "n", TypeID: 1, Size: 8, Pieces: []plan.Piece{{Size: 8, Register: 0}}},
				{Name: "s", TypeID: 3, Size: 16, Pieces: str},
			}})
		}},
		{"return-of-a-pointer", func() (asm.Instructions, error) {
			return gen.program(site{probe: probe, kind: capfile.KindReturn, cfa: 8, values: []plan.Value{
				{Name: "~r0", TypeID: 7, Size: 8, Pieces: []plan.Piece{{Size: 8, Register: 0}}},
			}})
		}},
		{"inlined-copy-in-a-frame", func() (asm.Instructions, error) {
			return gen.program(site{probe: probe, instance: 1, kind: capfile.KindEntry, cfa: 40, values: []plan.Value{
				{Name: "a", TypeID: 1, Size: 8, Pieces: []plan.Piece{{Size: 8, Register: plan.RegisterStack, StackOffset: 16}}},
				{Name: "b", TypeID: 1, Size: 8, Unavailable: true},
			}})
		}},
		{"sampled-entry-at-function-entry", func() (asm.Instructions, error) {
			return gen.program(site{probe: &sampled, kind: capfile.KindEntry, reentryCheck: true, captureReturn: true, cfa: 8, values: []plan.Value{
				{Name: "n", TypeID: 1, Size: 8, Pieces: []plan.Piece{{Size: 8, Register: 0}}},
			}})
		}},
		{"conditional-entry", func() (asm.Instructions, error) {
			// n >= 3 && !(flag == true), n in RAX, flag a byte on the stack.
			cond := &plan.Condition{Op: "and", Args: []*plan.Condition{
				{Op: "ge", Arg: 0, Size: 8, Signed: true, Literal: 3},
				{Op: "not", Args: []*plan.Condition{{Op: "eq", Arg: 1, Size: 1, Literal: 1}}},
			}}
			return gen.program(site{probe: &sampled, kind: capfile.KindEntry, prologueJump: true, cfa: 8, condition: cond, values: []plan.Value{
				{Name: "n", TypeID: 1, Size: 8, Pieces: []plan.Piece{{Size: 8, Register: 0}}},
				{Name: "flag", TypeID: 2, Size: 1, Pieces: []plan.Piece{{Size: 1, Register: plan.RegisterStack, StackOffset: 8}}},
			}})
		}},
		{"conditional-entry-len-and-field", func() (asm.Instructions, error) {
			// len(s) > 2 || p.Count == 7: s's length in RCX, p a pointer in RAX, Count at 16 in *p.
			cond := &plan.Condition{Op: "or", Args: []*plan.Condition{
				{Op: "gt", Arg: 0, Offset: 8, Size: 8, Signed: true, Literal: 2},
				{Op: "eq", Arg: 1, Offset: 16, Size: 4, Deref: true, Signed: true, Literal: 7},
			}}
			return gen.program(site{probe: &sampled, kind: capfile.KindEntry, prologueJump: true, cfa: 8, condition: cond, values: []plan.Value{
				{Name: "s", TypeID: 3, Size: 16, Pieces: str},
				{Name: "p", TypeID: 7, Size: 8, Pieces: []plan.Piece{{Size: 8, Register: 0}}},
			}})
		}},
		{"direct-reads", func() (asm.Instructions, error) {
			// A string, a pointer and a slice to values with nothing to follow: no interpreter.
			return gen.program(site{probe: probe, kind: capfile.KindEntry, reentryCheck: true, cfa: 8, values: []plan.Value{
				{Name: "b", TypeID: 17, Size: 8, Pieces: []plan.Piece{{Size: 8, Register: 0}}},
				{Name: "s", TypeID: 3, Size: 16, Pieces: str},
				{Name: "xs", TypeID: 18, Size: 24, Pieces: []plan.Piece{{Size: 8, Register: 4}, {Offset: 8, Size: 8, Register: 5}, {Offset: 16, Size: 8, Register: 6}}},
			}})
		}},
		{"morestack-mark", func() (asm.Instructions, error) { return gen.morestackProgram(2), nil }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			insns, err := c.insns()
			if err != nil {
				t.Fatal(err)
			}
			got := fmt.Sprintf("%v", insns)
			file := filepath.Join("testdata", "listings", c.name+".asm")
			if *update {
				if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(file, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(file)
			if err != nil {
				t.Fatalf("%v (create it with -update, then review it)", err)
			}
			if got != string(want) {
				t.Errorf("generated program differs from %s (%d instructions now); review the change and rewrite it with -update", file, len(insns))
			}
		})
	}
}

// listingGenerator is a Generator over sampleMeta's types with fixed map
// file descriptors and a 16 MiB ring, so that listings do not depend on a
// kernel.
func listingGenerator(t *testing.T) *Generator {
	types, err := NewTypes(sampleMeta())
	if err != nil {
		t.Fatal(err)
	}
	fds := MapFDs{Scratch: 3, Types: 4, RuntimeTypes: 5, Calls: 6, Events: 7, Drops: 8}
	gen, err := NewGenerator(types, plan.Runtime{GoidOffset: 152, StackHiOffset: 8}, nil, fds, Records{RingBytes: 16 << 20, StackDepth: layout.DefaultStackDepth})
	if err != nil {
		t.Fatal(err)
	}
	return gen
}
