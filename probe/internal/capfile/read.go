package capfile

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"os"
)

// FormatError is an inconsistency in a capture file: the file, the event
// (-1 outside events), the byte offset and what was expected.
type FormatError struct {
	File   string
	Event  int
	Offset int
	Msg    string
}

func (e *FormatError) Error() string {
	if e.Event < 0 {
		return fmt.Sprintf("%s: offset %d: %s", e.File, e.Offset, e.Msg)
	}
	return fmt.Sprintf("%s: event %d at offset %d: %s", e.File, e.Event, e.Offset, e.Msg)
}

// ReadFile reads and checks a capture file (the Go twin of the TS reader,
// used by tests to prove the writer's output round-trips).
func ReadFile(path string) (Meta, []Event, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return Meta{}, nil, err
	}
	return Read(data, path)
}

// Read parses capture bytes; file names them in errors.
func Read(data []byte, file string) (Meta, []Event, error) {
	var meta Meta
	fail := func(event, off int, format string, args ...any) (Meta, []Event, error) {
		return Meta{}, nil, &FormatError{File: file, Event: event, Offset: off, Msg: fmt.Sprintf(format, args...)}
	}
	le := binary.LittleEndian
	if len(data) < headerSize {
		return fail(-1, 0, "%d bytes, shorter than the %d-byte header", len(data), headerSize)
	}
	if !bytes.Equal(data[:8], []byte(Magic)) {
		return fail(-1, 0, "bad magic % x, want %q", data[:8], Magic)
	}
	if v := le.Uint16(data[8:]); v != Version {
		return fail(-1, 8, "capture format version %d, this reader reads %d", v, Version)
	}
	metaLen := int(le.Uint32(data[12:]))
	if headerSize+metaLen > len(data) {
		return fail(-1, 12, "metaLength %d runs past the end of the file (%d bytes)", metaLen, len(data))
	}
	if err := json.Unmarshal(data[headerSize:headerSize+metaLen], &meta); err != nil {
		return fail(-1, headerSize, "metadata is not valid JSON: %v", err)
	}
	types := make(map[uint32]bool, len(meta.Types))
	for _, t := range meta.Types {
		types[t.ID] = true
	}
	off := headerSize + metaLen
	events := make([]Event, 0, meta.Stats.Events)
	for i := 0; off < len(data); i++ {
		if i >= meta.Stats.Events {
			return fail(i, off, "more records than stats.events (%d)", meta.Stats.Events)
		}
		if off+recordHeaderSize > len(data) {
			return fail(i, off, "record header runs past the end of the file")
		}
		rec := data[off:]
		length := int(le.Uint32(rec))
		switch {
		case length%alignment != 0 || length < recordHeaderSize:
			return fail(i, off, "recordLength %d is not a multiple of 8 of at least %d", length, recordHeaderSize)
		case off+length > len(data):
			return fail(i, off, "recordLength %d runs past the end of the file", length)
		}
		rec = rec[:length]
		ev := Event{
			ProbeIndex: le.Uint16(rec[4:]), Instance: le.Uint16(rec[6:]), Kind: rec[8], Flags: rec[9],
			Goid: le.Uint64(rec[16:]), TimestampNs: le.Uint64(rec[24:]), CallID: le.Uint64(rec[32:]),
		}
		if int(ev.ProbeIndex) >= len(meta.Probes) {
			return fail(i, off+4, "probe index %d, metadata has %d probes", ev.ProbeIndex, len(meta.Probes))
		}
		if n := len(meta.Probes[ev.ProbeIndex].Instances); int(ev.Instance) >= n {
			return fail(i, off+6, "instance %d, probe %d has %d instances", ev.Instance, ev.ProbeIndex, n)
		}
		depth, count := int(le.Uint16(rec[10:])), int(le.Uint32(rec[12:]))
		pos := recordHeaderSize
		if pos+8*depth > length {
			return fail(i, off+10, "stackDepth %d runs past the record (%d bytes)", depth, length)
		}
		for range depth {
			ev.Stack = append(ev.Stack, le.Uint64(rec[pos:]))
			pos += 8
		}
		for j := range count {
			if pos+itemHeaderSize > length {
				return fail(i, off+pos, "item %d header runs past the record (%d bytes)", j, length)
			}
			it := Item{TypeID: le.Uint32(rec[pos:]), Status: rec[pos+4], Address: le.Uint64(rec[pos+8:])}
			n := int(le.Uint32(rec[pos+16:]))
			switch {
			case !types[it.TypeID]:
				return fail(i, off+pos, "item %d: type id %d is not in metadata.types", j, it.TypeID)
			case pos+itemHeaderSize+pad8(n) > length:
				return fail(i, off+pos+16, "item %d: length %d runs past the record (%d bytes)", j, n, length)
			}
			if n > 0 {
				it.Data = bytes.Clone(rec[pos+itemHeaderSize : pos+itemHeaderSize+n])
			}
			ev.Items = append(ev.Items, it)
			pos += itemHeaderSize + pad8(n)
		}
		if pos != length {
			return fail(i, off, "recordLength %d, but its stack and items take %d bytes", length, pos)
		}
		events = append(events, ev)
		off += length
	}
	if len(events) != meta.Stats.Events {
		return fail(-1, off, "%d records, stats.events says %d", len(events), meta.Stats.Events)
	}
	return meta, events, nil
}
