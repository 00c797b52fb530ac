package bpfgen

import (
	"encoding/binary"
	"fmt"

	"github.com/godi-golden/probe/internal/capfile"
	"github.com/godi-golden/probe/internal/plan"
)

// itemKey is what identifies a referenced item in an event.
type itemKey struct {
	addr   uint64
	typeID uint32
}

// RecordError says why a ring buffer record could not be decoded.
type RecordError struct {
	Offset int // byte offset in the record
	Reason string
}

func (e *RecordError) Error() string {
	return fmt.Sprintf("malformed BPF record at byte %d: %s", e.Offset, e.Reason)
}

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

// DecodeRecord turns one ring buffer record (layout.go) into a capture event.
// TimestampNs is left as the kernel's CLOCK_MONOTONIC reading: the caller
// converts it to unix time. Items keep the record's order (roots first),
// except that of the items of one (address, type) pair only the longest
// stays, where the first of them was (docs/capture-format.md §3.2); static
// items get their bytes from static.
func DecodeRecord(b []byte, static StaticMemory) (capfile.Event, error) {
	le := binary.LittleEndian
	if len(b) < recItems {
		return capfile.Event{}, &RecordError{0, fmt.Sprintf("%d bytes, shorter than the %d-byte header", len(b), recItems)}
	}
	n := int(le.Uint32(b[recLength:]))
	if n < recItems || n > len(b) {
		return capfile.Event{}, &RecordError{recLength, fmt.Sprintf("record length %d outside [%d, %d]", n, recItems, len(b))}
	}
	b = b[:n]
	depth := int(le.Uint16(b[recStackDepth:]))
	if depth > MaxStack {
		return capfile.Event{}, &RecordError{recStackDepth, fmt.Sprintf("stack depth %d exceeds %d", depth, MaxStack)}
	}
	ev := capfile.Event{
		ProbeIndex:  le.Uint16(b[recProbe:]),
		Instance:    le.Uint16(b[recInstance:]),
		Kind:        b[recKind],
		Flags:       b[recFlags],
		Goid:        le.Uint64(b[recGoid:]),
		TimestampNs: le.Uint64(b[recTime:]),
		CallID:      le.Uint64(b[recCallID:]),
		Stack:       make([]uint64, depth),
	}
	for i := range ev.Stack {
		ev.Stack[i] = le.Uint64(b[recStack+8*i:])
	}
	count := int(le.Uint32(b[recItemCount:]))
	off := recItems
	first := map[itemKey]int{} // index in ev.Items of each referenced pair
	for i := range count {
		if off+itemHeader > n {
			return capfile.Event{}, &RecordError{off, fmt.Sprintf("item %d of %d: header runs past the record end %d", i, count, n)}
		}
		length := int(le.Uint32(b[off+itemLen:]))
		stride := int(le.Uint32(b[off+itemStride:]))
		it := capfile.Item{TypeID: le.Uint32(b[off+itemType:]), Status: b[off+itemStatus], Address: le.Uint64(b[off+itemAddr:])}
		data := off + itemHeader
		switch {
		case off+itemHeader+stride > n:
			return capfile.Event{}, &RecordError{off, fmt.Sprintf("item %d: stride %d runs past the record end %d", i, stride, n)}
		case it.Status == statusStatic:
			bytes, ok := static.bytes(it.Address, length)
			if !ok {
				return capfile.Event{}, &RecordError{off, fmt.Sprintf("item %d: static item 0x%x (+%d) is not in the binary's read-only memory", i, it.Address, length)}
			}
			it.Status, it.Data = capfile.StatusRead, append([]byte(nil), bytes...)
		case length > stride:
			return capfile.Event{}, &RecordError{off, fmt.Sprintf("item %d: length %d exceeds its stride %d", i, length, stride)}
		default:
			it.Data = append([]byte(nil), b[data:data+length]...)
		}
		off = data + stride
		if it.Address == 0 { // a root
			ev.Items = append(ev.Items, it)
			continue
		}
		key := itemKey{it.Address, it.TypeID}
		if j, seen := first[key]; seen {
			if len(it.Data) > len(ev.Items[j].Data) {
				ev.Items[j] = it
			}
			continue
		}
		first[key] = len(ev.Items)
		ev.Items = append(ev.Items, it)
	}
	if off != n {
		return capfile.Event{}, &RecordError{off, fmt.Sprintf("%d bytes left after %d items", n-off, count)}
	}
	return ev, nil
}
