package capfile

import (
	"bufio"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
)

// Write writes a capture file at path atomically: a temporary file in the
// same folder, fsynced, then renamed into place. It sets
// meta.Stats.Events to len(events) and refuses events that the format
// cannot hold or that name a probe or type the metadata lacks.
func Write(path string, meta Meta, events []Event) (err error) {
	meta.Stats.Events = len(events)
	if err := checkEvents(meta, events); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	metaJSON, err := marshalMeta(meta)
	if err != nil {
		return fmt.Errorf("%s: metadata: %w", path, err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	w := bufio.NewWriter(tmp)
	if err = encode(w, metaJSON, events); err != nil {
		return fmt.Errorf("%s: %w", tmp.Name(), err)
	}
	if err = w.Flush(); err != nil {
		return err
	}
	if err = tmp.Chmod(0o644); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// marshalMeta renders the metadata JSON, padded with spaces to a multiple
// of 8 bytes so that records start 8-aligned in the file. Empty lists are
// written as [] rather than null.
func marshalMeta(meta Meta) ([]byte, error) {
	if meta.Types == nil {
		meta.Types = []Type{}
	}
	if meta.Probes == nil {
		meta.Probes = []Probe{}
	}
	if meta.Symbols == nil {
		meta.Symbols = []Symbol{}
	}
	data, err := json.Marshal(meta)
	if err != nil {
		return nil, err
	}
	for (headerSize+len(data))%alignment != 0 {
		data = append(data, ' ')
	}
	if len(data) > math.MaxUint32 {
		return nil, fmt.Errorf("%d bytes of metadata do not fit metaLength (u32)", len(data))
	}
	return data, nil
}

// checkEvents enforces what the format's field widths and references require.
func checkEvents(meta Meta, events []Event) error {
	types := make(map[uint32]bool, len(meta.Types))
	for _, t := range meta.Types {
		types[t.ID] = true
	}
	for i, ev := range events {
		bad := func(format string, args ...any) error {
			return fmt.Errorf("event %d: %s", i, fmt.Sprintf(format, args...))
		}
		switch {
		case int(ev.ProbeIndex) >= len(meta.Probes):
			return bad("probe index %d, metadata has %d probes", ev.ProbeIndex, len(meta.Probes))
		case int(ev.Instance) >= len(meta.Probes[ev.ProbeIndex].Instances):
			return bad("instance %d, probe %d has %d instances", ev.Instance, ev.ProbeIndex, len(meta.Probes[ev.ProbeIndex].Instances))
		case ev.Kind != KindEntry && ev.Kind != KindReturn:
			return bad("kind %d is neither entry (0) nor return (1)", ev.Kind)
		case len(ev.Stack) > math.MaxUint16:
			return bad("%d stack PCs, at most %d fit stackDepth (u16)", len(ev.Stack), math.MaxUint16)
		}
		for j, it := range ev.Items {
			switch {
			case !types[it.TypeID]:
				return bad("item %d: type id %d is not in metadata.types", j, it.TypeID)
			case it.Status > StatusNoLocation:
				return bad("item %d: status %d is not 0, 1 or 2", j, it.Status)
			case it.Status != StatusRead && len(it.Data) > 0:
				return bad("item %d: status %d with %d data bytes (data only when read)", j, it.Status, len(it.Data))
			case len(it.Data) > math.MaxUint32:
				return bad("item %d: %d data bytes do not fit length (u32)", j, len(it.Data))
			}
		}
		if n := recordLength(ev); n > math.MaxUint32 {
			return bad("record of %d bytes does not fit recordLength (u32)", n)
		}
	}
	return nil
}

func recordLength(ev Event) int {
	n := recordHeaderSize + 8*len(ev.Stack)
	for _, it := range ev.Items {
		n += itemHeaderSize + pad8(len(it.Data))
	}
	return n
}

func encode(w io.Writer, metaJSON []byte, events []Event) error {
	var hdr [headerSize]byte
	copy(hdr[:8], Magic)
	binary.LittleEndian.PutUint16(hdr[8:], Version)
	binary.LittleEndian.PutUint32(hdr[12:], uint32(len(metaJSON)))
	if _, err := w.Write(hdr[:]); err != nil {
		return err
	}
	if _, err := w.Write(metaJSON); err != nil {
		return err
	}
	for _, ev := range events {
		if _, err := w.Write(encodeRecord(ev)); err != nil {
			return err
		}
	}
	return nil
}

// encodeRecord lays out one record (docs/capture-format.md §3.1, §3.2).
func encodeRecord(ev Event) []byte {
	buf := make([]byte, recordLength(ev))
	le := binary.LittleEndian
	le.PutUint32(buf[0:], uint32(len(buf)))
	le.PutUint16(buf[4:], ev.ProbeIndex)
	le.PutUint16(buf[6:], ev.Instance)
	buf[8], buf[9] = ev.Kind, ev.Flags
	le.PutUint16(buf[10:], uint16(len(ev.Stack)))
	le.PutUint32(buf[12:], uint32(len(ev.Items)))
	le.PutUint64(buf[16:], ev.Goid)
	le.PutUint64(buf[24:], ev.TimestampNs)
	le.PutUint64(buf[32:], ev.CallID)
	off := recordHeaderSize
	for _, pc := range ev.Stack {
		le.PutUint64(buf[off:], pc)
		off += 8
	}
	for _, it := range ev.Items {
		le.PutUint32(buf[off:], it.TypeID)
		buf[off+4] = it.Status
		le.PutUint64(buf[off+8:], it.Address)
		le.PutUint32(buf[off+16:], uint32(len(it.Data)))
		copy(buf[off+itemHeaderSize:], it.Data)
		off += itemHeaderSize + pad8(len(it.Data))
	}
	return buf
}
