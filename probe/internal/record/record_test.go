package record

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/godi-golden/probe/internal/capfile"
	"github.com/godi-golden/probe/internal/record/layout"
)

// testSlots is the stack area of the records built here: fewer than the
// default, to show the decoder takes it from the record.
const testSlots = 4

// rawRecord builds a ring buffer record with a 2-frame stack and the items.
func rawRecord(items ...[]byte) []byte {
	le := binary.LittleEndian
	b := make([]byte, layout.ItemsAt(testSlots))
	le.PutUint32(b[layout.RecProbe:], 3)
	b[layout.RecKind], b[layout.RecFlags] = 1, 1
	le.PutUint16(b[layout.RecStackDepth:], 2)
	le.PutUint16(b[layout.RecItemCount:], uint16(len(items)))
	le.PutUint16(b[layout.RecStackSlots:], testSlots)
	le.PutUint64(b[layout.RecGoid:], 17)
	le.PutUint64(b[layout.RecCallID:], 99)
	le.PutUint64(b[layout.RecStack:], 0x401000)
	le.PutUint64(b[layout.RecStack+8:], 0x402000)
	for _, it := range items {
		b = append(b, it...)
	}
	le.PutUint32(b[layout.RecLength:], uint32(len(b)))
	return b
}

func item(typeID uint32, status uint8, addr uint64, length, stride uint32) []byte {
	le := binary.LittleEndian
	b := make([]byte, layout.ItemHeader+stride)
	le.PutUint32(b[layout.ItemType:], typeID)
	b[layout.ItemStatus] = status
	le.PutUint64(b[layout.ItemAddr:], addr)
	le.PutUint32(b[layout.ItemLen:], length)
	le.PutUint32(b[layout.ItemStride:], stride)
	for i := range min(length, stride) {
		b[layout.ItemHeader+i] = byte('a' + i)
	}
	return b
}

func TestDecodeRecord(t *testing.T) {
	// A root, a failed stack read keeping its room, and 3 string bytes.
	ev, err := Decode(rawRecord(item(5, 0, 0, 8, 8), item(6, 1, 0, 0, 16), item(2, 0, 0xc000, 3, 8)), nil)
	if err != nil {
		t.Fatal(err)
	}
	if ev.ProbeIndex != 3 || ev.Kind != 1 || ev.Flags != 1 || ev.Goid != 17 || ev.CallID != 99 || !slices.Equal(ev.Stack, []uint64{0x401000, 0x402000}) {
		t.Errorf("header %+v", ev)
	}
	if len(ev.Items) != 3 || string(ev.Items[2].Data) != "abc" || ev.Items[2].Address != 0xc000 || ev.Items[1].Status != 1 || len(ev.Items[1].Data) != 0 {
		t.Errorf("items %+v", ev.Items)
	}
}

// TestDecodeRecordKeepsTheLongest: of the items of one (address, type)
// pair only the longest stays, where the first of them was; roots (address
// 0) are never merged.
func TestDecodeRecordKeepsTheLongest(t *testing.T) {
	ev, err := Decode(rawRecord(
		item(5, 0, 0, 8, 8), item(5, 0, 0, 8, 8), // two roots of one type
		item(2, 0, 0xc000, 3, 8), // "abc", a prefix of...
		item(7, 0, 0xd000, 8, 8),
		item(2, 0, 0xc000, 6, 8), // ..."abcdef"
		item(2, 0, 0xc000, 2, 8), // a shorter one again
		item(3, 0, 0xc000, 1, 8), // the same address as another type
	), nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, it := range ev.Items {
		got = append(got, fmt.Sprintf("%d@%x:%s", it.TypeID, it.Address, it.Data))
	}
	want := []string{"5@0:abcdefgh", "5@0:abcdefgh", "2@c000:abcdef", "7@d000:abcdefgh", "3@c000:a"}
	if !slices.Equal(got, want) {
		t.Errorf("items %q, want %q", got, want)
	}
}

// TestDecodeRecordStaticItems: a static item's bytes come from the
// binary's read-only memory; one outside it is an error.
func TestDecodeRecordStaticItems(t *testing.T) {
	static := StaticMemory{{Addr: 0x4a0000, Data: []byte("....héllo....")}}
	ev, err := Decode(rawRecord(item(5, 0, 0, 8, 8), item(2, layout.StatusStatic, 0x4a0004, 6, 0)), static)
	if err != nil {
		t.Fatal(err)
	}
	if it := ev.Items[1]; it.Status != capfile.StatusRead || string(it.Data) != "héllo" {
		t.Errorf("static item %+v, want status read, \"héllo\"", it)
	}
	for name, addr := range map[string]uint64{"before": 0x49ffff, "running past the end": 0x4a0009} {
		_, err := Decode(rawRecord(item(2, layout.StatusStatic, addr, 6, 0)), static)
		var re *Error
		if !errors.As(err, &re) || !strings.Contains(re.Reason, "read-only memory") {
			t.Errorf("%s: got %v, want a record.Error about read-only memory", name, err)
		}
	}
}

func TestDecodeRecordRejects(t *testing.T) {
	overrun := rawRecord(item(5, 0, 0, 8, 8))
	binary.LittleEndian.PutUint16(overrun[layout.RecItemCount:], 2)
	deep := rawRecord()
	binary.LittleEndian.PutUint16(deep[layout.RecStackDepth:], testSlots+1)
	manySlots := rawRecord()
	binary.LittleEndian.PutUint16(manySlots[layout.RecStackSlots:], layout.MaxStackDepth+1)
	trailing := append(rawRecord(item(5, 0, 0, 8, 8)), make([]byte, 8)...)
	binary.LittleEndian.PutUint32(trailing[layout.RecLength:], uint32(len(trailing)))
	longItem := rawRecord(item(5, 0, 0, 16, 8))
	for name, rec := range map[string][]byte{
		"shorter than the header":    make([]byte, 40),
		"an item past the end":       overrun,
		"bytes after the last item":  trailing,
		"an item longer than stride": longItem,
		"more frames than slots":     deep,
		"more slots than can be":     manySlots,
	} {
		_, err := Decode(rec, nil)
		var re *Error
		if !errors.As(err, &re) {
			t.Errorf("%s: got %v, want a record.Error", name, err)
		}
	}
}
