package record

import "github.com/godi-golden/probe/internal/plan"

// StaticMemory is the target's read-only memory, as the binary holds it:
// the bytes of the items the programs record without them.
type StaticMemory []plan.Segment

// bytes returns the n bytes at addr, or false when they are not all in one segment.
func (m StaticMemory) bytes(addr uint64, n int) ([]byte, bool) {
	for _, s := range m {
		if addr >= s.Addr && addr-s.Addr+uint64(n) <= uint64(len(s.Data)) {
			off := addr - s.Addr
			return s.Data[off : off+uint64(n)], true
		}
	}
	return nil, false
}
