package bpfgen

import (
	"fmt"

	"github.com/cilium/ebpf/asm"
	"github.com/cilium/ebpf/btf"
)

// emitter accumulates instructions and resolves named labels: a label
// names the next instruction emitted.
type emitter struct {
	insns   asm.Instructions
	pending string
	fn      *btf.Func // BTF of the function the next instruction starts
	labels  int
}

func (e *emitter) emit(ins ...asm.Instruction) {
	for _, in := range ins {
		if e.pending != "" {
			in = in.WithSymbol(e.pending)
			e.pending = ""
		}
		if e.fn != nil {
			in = btf.WithFuncMetadata(in, e.fn)
			e.fn = nil
		}
		e.insns = append(e.insns, in)
	}
}

// function starts a BPF function (the program, or a subprogram) whose
// parameters are 64-bit values named params and whose result is a long. The
// kernel wants BTF for every function once a program has a callback.
func (e *emitter) function(name string, params ...string) {
	long := &btf.Int{Name: "long", Size: 8, Encoding: btf.Signed}
	proto := &btf.FuncProto{Return: long}
	for _, p := range params {
		proto.Params = append(proto.Params, btf.FuncParam{Name: p, Type: long})
	}
	e.fn = &btf.Func{Name: name, Type: proto, Linkage: btf.StaticFunc}
}

// label names the next instruction. Two labels in a row get a no-op between
// them, since an instruction carries one symbol.
func (e *emitter) label(name string) {
	if e.pending != "" {
		e.emit(asm.Ja.Label(name))
	}
	e.pending = name
}

// fresh returns a label name not used before in this program.
func (e *emitter) fresh(what string) string {
	e.labels++
	return fmt.Sprintf("%s_%d", what, e.labels)
}

// mapLookup calls bpf_map_lookup_elem(fd, key) with the key taken from
// register key, spilled to the stack at fp+slot. R0 = value or NULL;
// R1-R5 are clobbered.
func (e *emitter) mapLookup(fd int, key asm.Register, size asm.Size, slot int16) {
	e.emit(
		asm.StoreMem(asm.RFP, slot, key, size),
		asm.LoadMapPtr(asm.R1, fd),
		asm.Mov.Reg(asm.R2, asm.RFP),
		asm.Add.Imm(asm.R2, int32(slot)),
		asm.FnMapLookupElem.Call(),
	)
}

// orU32 sets bits in the u32 at base+off. Clobbers tmp.
func (e *emitter) orU32(base asm.Register, off int16, bits int32, tmp asm.Register) {
	e.emit(
		asm.LoadMem(tmp, base, off, asm.Word),
		asm.Or.Imm(tmp, bits),
		asm.StoreMem(base, off, tmp, asm.Word),
	)
}

// addU32 adds to the u32 at base+off. Clobbers tmp.
func (e *emitter) addU32(base asm.Register, off int16, v int32, tmp asm.Register) {
	e.emit(
		asm.LoadMem(tmp, base, off, asm.Word),
		asm.Add.Imm(tmp, v),
		asm.StoreMem(base, off, tmp, asm.Word),
	)
}

// loadFuncPtr loads the address of subprogram sym (for bpf_loop).
func loadFuncPtr(dst asm.Register, sym string) asm.Instruction {
	return asm.Instruction{
		OpCode:   asm.LoadImmOp(asm.DWord),
		Dst:      dst,
		Src:      asm.PseudoFunc,
		Constant: -1,
	}.WithReference(sym)
}

// storeImm64 is `*(u64 *)(dst + off) = v` (v sign-extended). cilium/ebpf's
// StoreImm refuses DWord because the immediate is only 32 bits; the kernel
// accepts it.
func storeImm64(dst asm.Register, off int16, v int32) asm.Instruction {
	return asm.Instruction{OpCode: asm.StoreImmOp(asm.DWord), Dst: dst, Offset: off, Constant: int64(v)}
}

// atomic64 is a 64-bit atomic op on *(dst + off). cilium/ebpf v0.22's
// Marshal reads the immediate before it derives it from an atomic opcode,
// so FetchAdd and CmpXchg would go out as a plain add (imm 0): the
// immediate is set here.
func atomic64(op asm.AtomicOp, dst, src asm.Register, off int16) asm.Instruction {
	ins := op.Mem(dst, src, asm.DWord, off)
	ins.Constant = int64(op >> 8)
	return ins
}
