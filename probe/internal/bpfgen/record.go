package bpfgen

import (
	"encoding/binary"
	"fmt"

	"github.com/godi-golden/probe/internal/capfile"
)

// RecordError says why a ring buffer record could not be decoded.
type RecordError struct {
	Offset int // byte offset in the record
	Reason string
}

func (e *RecordError) Error() string {
	return fmt.Sprintf("malformed BPF record at byte %d: %s", e.Offset, e.Reason)
}

// DecodeRecord turns one ring buffer record (layout.go) into a capture event.
// TimestampNs is left as the kernel's CLOCK_MONOTONIC reading: the caller
// converts it to unix time. Items keep the record's order (roots first).
func DecodeRecord(b []byte) (capfile.Event, error) {
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
		ProbeIndex:  le.Uint32(b[recProbe:]),
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
	for i := range count {
		if off+itemHeader > n {
			return capfile.Event{}, &RecordError{off, fmt.Sprintf("item %d of %d: header runs past the record end %d", i, count, n)}
		}
		length := int(le.Uint32(b[off+itemLen:]))
		stride := int(le.Uint32(b[off+itemStride:]))
		if length > stride || off+itemHeader+stride > n {
			return capfile.Event{}, &RecordError{off, fmt.Sprintf("item %d: length %d, stride %d run past the record end %d", i, length, stride, n)}
		}
		data := off + itemHeader
		ev.Items = append(ev.Items, capfile.Item{
			TypeID:  le.Uint32(b[off+itemType:]),
			Status:  b[off+itemStatus],
			Address: le.Uint64(b[off+itemAddr:]),
			Data:    append([]byte(nil), b[data:data+length]...),
		})
		off = data + stride
	}
	if off != n {
		return capfile.Event{}, &RecordError{off, fmt.Sprintf("%d bytes left after %d items", n-off, count)}
	}
	return ev, nil
}
