// Package record decodes the records the probe programs emit into the ring
// buffer (their layout: package layout) into capture events.
package record

import (
	"encoding/binary"
	"fmt"

	"github.com/godi-golden/probe/internal/capfile"
	"github.com/godi-golden/probe/internal/record/layout"
)

// itemKey is what identifies a referenced item in an event.
type itemKey struct {
	addr   uint64
	typeID uint32
}

// Error says why a ring buffer record could not be decoded.
type Error struct {
	Offset int // byte offset in the record
	Reason string
}

func (e *Error) Error() string {
	return fmt.Sprintf("malformed BPF record at byte %d: %s", e.Offset, e.Reason)
}

// Decode turns one ring buffer record (package layout) into a capture event.
// TimestampNs is left as the kernel's CLOCK_MONOTONIC reading: the caller
// converts it to unix time. Items keep the record's order (roots first),
// except that of the items of one (address, type) pair only the longest
// stays, where the first of them was (docs/capture-format.md §3.2); static
// items get their bytes from static.
func Decode(b []byte, static StaticMemory) (capfile.Event, error) {
	ev, b, err := decodeHeader(b)
	if err != nil {
		return capfile.Event{}, err
	}
	count := int(binary.LittleEndian.Uint16(b[layout.RecItemCount:]))
	off := layout.ItemsAt(int(binary.LittleEndian.Uint16(b[layout.RecStackSlots:])))
	first := map[itemKey]int{} // index in ev.Items of each referenced pair
	for i := range count {
		it, next, err := decodeItem(b, off, i, count, static)
		if err != nil {
			return capfile.Event{}, err
		}
		off = next
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
	if off != len(b) {
		return capfile.Event{}, &Error{off, fmt.Sprintf("%d bytes left after %d items", len(b)-off, count)}
	}
	return ev, nil
}

// decodeHeader decodes the record header into an event without items, and cuts
// b to the record's length.
func decodeHeader(b []byte) (capfile.Event, []byte, error) {
	le := binary.LittleEndian
	if len(b) < layout.RecStack {
		return capfile.Event{}, nil, &Error{0, fmt.Sprintf("%d bytes, shorter than the %d-byte header", len(b), layout.RecStack)}
	}
	slots := int(le.Uint16(b[layout.RecStackSlots:]))
	if slots > layout.MaxStackDepth {
		return capfile.Event{}, nil, &Error{layout.RecStackSlots, fmt.Sprintf("%d stack slots, more than %d", slots, layout.MaxStackDepth)}
	}
	n := int(le.Uint32(b[layout.RecLength:]))
	if items := layout.ItemsAt(slots); n < items || n > len(b) {
		return capfile.Event{}, nil, &Error{layout.RecLength, fmt.Sprintf("record length %d outside [%d, %d]", n, items, len(b))}
	}
	b = b[:n]
	depth := int(le.Uint16(b[layout.RecStackDepth:]))
	if depth > slots {
		return capfile.Event{}, nil, &Error{layout.RecStackDepth, fmt.Sprintf("stack depth %d exceeds its %d slots", depth, slots)}
	}
	ev := capfile.Event{
		ProbeIndex:  le.Uint16(b[layout.RecProbe:]),
		Instance:    le.Uint16(b[layout.RecInstance:]),
		Kind:        b[layout.RecKind],
		Flags:       b[layout.RecFlags],
		Goid:        le.Uint64(b[layout.RecGoid:]),
		TimestampNs: le.Uint64(b[layout.RecTime:]),
		CallID:      le.Uint64(b[layout.RecCallID:]),
		Stack:       make([]uint64, depth),
	}
	for i := range ev.Stack {
		ev.Stack[i] = le.Uint64(b[layout.RecStack+8*i:])
	}
	return ev, b, nil
}

// decodeItem decodes item i of count at record offset off, and returns the
// offset of the next one.
func decodeItem(b []byte, off, i, count int, static StaticMemory) (capfile.Item, int, error) {
	le := binary.LittleEndian
	n := len(b)
	if off+layout.ItemHeader > n {
		return capfile.Item{}, 0, &Error{off, fmt.Sprintf("item %d of %d: header runs past the record end %d", i, count, n)}
	}
	length := int(le.Uint32(b[off+layout.ItemLen:]))
	stride := int(le.Uint32(b[off+layout.ItemStride:]))
	it := capfile.Item{TypeID: le.Uint32(b[off+layout.ItemType:]), Status: b[off+layout.ItemStatus], Address: le.Uint64(b[off+layout.ItemAddr:])}
	data := off + layout.ItemHeader
	switch {
	case data+stride > n:
		return capfile.Item{}, 0, &Error{off, fmt.Sprintf("item %d: stride %d runs past the record end %d", i, stride, n)}
	case it.Status == layout.StatusStatic:
		bytes, ok := static.bytes(it.Address, length)
		if !ok {
			return capfile.Item{}, 0, &Error{off, fmt.Sprintf("item %d: static item 0x%x (+%d) is not in the binary's read-only memory", i, it.Address, length)}
		}
		it.Status, it.Data = capfile.StatusRead, append([]byte(nil), bytes...)
	case length > stride:
		return capfile.Item{}, 0, &Error{off, fmt.Sprintf("item %d: length %d exceeds its stride %d", i, length, stride)}
	default:
		it.Data = append([]byte(nil), b[data:data+length]...)
	}
	return it, data + stride, nil
}
