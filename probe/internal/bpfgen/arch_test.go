package bpfgen

import (
	"strings"
	"testing"

	"github.com/godi-golden/probe/internal/capfile"
	"github.com/godi-golden/probe/internal/plan"
)

// TestCheckArch: an arm64 plan is refused before any code is generated.
func TestCheckArch(t *testing.T) {
	planFor := func(arch string) *plan.Plan {
		return &plan.Plan{Binary: "prog", Meta: capfile.Meta{Program: capfile.Program{Arch: arch}}}
	}
	if err := CheckArch(planFor("amd64")); err != nil {
		t.Errorf("amd64: %v", err)
	}
	err := CheckArch(planFor("arm64"))
	if err == nil || !strings.Contains(err.Error(), "code generation for arm64 is unsupported") {
		t.Errorf("arm64: %v, want code generation refused", err)
	}
}
