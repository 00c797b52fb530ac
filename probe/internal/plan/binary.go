package plan

import (
	"bytes"
	"debug/buildinfo"
	"debug/dwarf"
	"debug/elf"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"runtime/debug"
)

// binaryFile is an opened Go executable: its ELF sections and DWARF.
type binaryFile struct {
	path  string
	elf   *elf.File
	arch  *arch
	dwarf *dwarf.Data
	info  *debug.BuildInfo
	// symbols by name (the ELF symbol table), for runtime.types and friends.
	symbols map[string]elf.Symbol
	// sections holds the uncompressed bytes of sections read so far.
	sections map[string][]byte
}

func openBinary(path string) (*binaryFile, error) {
	f, err := elf.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	b := &binaryFile{path: path, elf: f, sections: map[string][]byte{}, symbols: map[string]elf.Symbol{}}
	if b.arch, err = archOf(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if b.dwarf, err = f.DWARF(); err != nil {
		f.Close()
		return nil, fmt.Errorf("%s: no usable DWARF (built with -ldflags=-w or stripped?): %w", path, err)
	}
	osf, err := os.Open(path)
	if err != nil {
		f.Close()
		return nil, err
	}
	b.info, err = buildinfo.Read(osf)
	osf.Close()
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("%s: not a Go binary with build info: %w", path, err)
	}
	syms, err := f.Symbols()
	if err != nil && !errors.Is(err, elf.ErrNoSymbols) {
		f.Close()
		return nil, fmt.Errorf("%s: symbol table: %w", path, err)
	}
	for _, s := range syms {
		b.symbols[s.Name] = s
	}
	return b, nil
}

func (b *binaryFile) Close() error { return b.elf.Close() }

// section returns the uncompressed bytes of a section (nil when absent).
func (b *binaryFile) section(name string) ([]byte, error) {
	if data, ok := b.sections[name]; ok {
		return data, nil
	}
	s := b.elf.Section(name)
	if s == nil {
		b.sections[name] = nil
		return nil, nil
	}
	data, err := s.Data()
	if err != nil {
		return nil, fmt.Errorf("%s: section %s: %w", b.path, name, err)
	}
	b.sections[name] = data
	return data, nil
}

// readAt returns n bytes of the loaded image at virtual address addr, from
// the section that holds them.
func (b *binaryFile) readAt(addr uint64, n int) ([]byte, error) {
	for _, s := range b.elf.Sections {
		if s.Flags&elf.SHF_ALLOC == 0 || s.Type == elf.SHT_NOBITS || addr < s.Addr || addr+uint64(n) > s.Addr+s.Size {
			continue
		}
		data, err := b.section(s.Name)
		if err != nil {
			return nil, err
		}
		off := addr - s.Addr
		return data[off : off+uint64(n)], nil
	}
	return nil, fmt.Errorf("%s: address 0x%x (+%d) is not in a loaded section", b.path, addr, n)
}

// goBuildID reads the Go build id from the .note.go.buildid note
// (namesz, descsz, type, "Go\x00\x00", then the id).
func (b *binaryFile) goBuildID() (string, error) {
	data, err := b.section(".note.go.buildid")
	if err != nil || data == nil {
		return "", errors.Join(err, fmt.Errorf("%s: no .note.go.buildid section", b.path))
	}
	if len(data) < 16 {
		return "", fmt.Errorf("%s: .note.go.buildid: %d bytes, want at least 16", b.path, len(data))
	}
	nameSize := binary.LittleEndian.Uint32(data[0:])
	descSize := binary.LittleEndian.Uint32(data[4:])
	if nameSize != 4 || !bytes.Equal(data[12:16], []byte("Go\x00\x00")) || 16+int(descSize) > len(data) {
		return "", fmt.Errorf("%s: .note.go.buildid: malformed note header", b.path)
	}
	return string(data[16 : 16+descSize]), nil
}

// readOnlyData returns the segments the target maps read-only and not
// executable (.rodata and the runtime's tables: string literals, itabs,
// type descriptors), with their bytes. Only a fixed-address (non-PIE)
// executable is mapped where the file says.
func (b *binaryFile) readOnlyData() ([]Segment, error) {
	if b.elf.Type != elf.ET_EXEC {
		return nil, nil
	}
	var out []Segment
	for _, p := range b.elf.Progs {
		if p.Type != elf.PT_LOAD || p.Flags&(elf.PF_W|elf.PF_X) != 0 || p.Flags&elf.PF_R == 0 {
			continue
		}
		data := make([]byte, p.Filesz)
		if _, err := p.ReadAt(data, 0); err != nil {
			return nil, fmt.Errorf("%s: read-only segment at 0x%x: %w", b.path, p.Vaddr, err)
		}
		out = append(out, Segment{Addr: p.Vaddr, Data: data})
	}
	return out, nil
}
