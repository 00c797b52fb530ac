package bpfgen

// eventMask keeps every offset into the record (package record/layout)
// below 64 KiB for the verifier; the scratch buffer is twice that so
// offset+length always fits.
const eventMask = 0xFFFF

// The per-CPU scratch value (one array map entry per CPU).
// State fields come first so that they are reachable with 16-bit offsets;
// the record comes last, with 128 KiB of room so that any masked offset plus
// any masked length stays inside the value.
const (
	scratchState = 0    // interpreter state, fields below
	scratchG     = 0x80 // the span of runtime.g holding stack.hi and goid
	gSpanMax     = 0x180
	scratchQueue = scratchG + gSpanMax
	queueCap     = 512 // tasks, a power of two
	taskSize     = 32
	scratchDedup = scratchQueue + queueCap*taskSize
	dedupBits    = 10
	dedupCap     = 1 << dedupBits                       // (address, type) entries
	dedupEntry   = 32                                   // u64 address, u32 type, u32 generation, u32 bytes asked
	dedupProbes  = 4                                    // linear probes before giving up on an entry
	scratchEvent = scratchDedup + dedupCap*dedupEntry   // the record being built
	scratchStack = scratchEvent + 2*(eventMask+1) + 256 // a copy of the stack from SP up
	stackWindow  = 2048                                 // bytes of stack copied, a power of two
	ScratchBytes = scratchStack + stackWindow + 16      // the value size bpfload creates the map with
)

// Interpreter state fields, offsets from scratchState (u32 unless said).
// The stack walk keeps its words here rather than on the BPF stack: values
// filled from the stack carry precision marks through the bpf_loop
// callback, which trips a verifier bug in kernel 6.18 ("stack slot 7,
// total slots 5").
const (
	stBusy       = 0   // set while a program owns this CPU's scratch
	stGen        = 4   // dedup generation: bumped per event, so the table never needs clearing
	stUsed       = 8   // bytes of the record written so far
	stItems      = 12  // items written so far
	stFlags      = 16  // record flags
	stQHead      = 20  // next task to run
	stQTail      = 24  // next free task slot
	stScanActive = 28  // a scan is in progress (fields below)
	stScanOff    = 32  // record offset of the element being scanned
	stScanType   = 36  // its type id
	stScanCount  = 40  // elements left, including the current one
	stScanSlot   = 44  // next reference slot of the current element
	stScanDepth  = 48  // reference depth of the scanned value
	stScanAux    = 52  // map type id when scanning map internals
	stScanEnd    = 108 // record offset where the scanned bytes end (an item may hold a prefix)
	stWindow     = 56  // u64: bytes of stack copied at scratchStack
	stFrame      = 64  // {saved RBP, return address} of the frame being walked
	stCharged    = 80  // bytes of the event budget used (static items count in full)
	stReadCount  = 84  // values read_item recorded
	stRiType     = 88  // read_item's arguments and temporaries
	stRiCount    = 92
	stRiOff      = 96
	stRiBytes    = 100
	stRiAsked    = 104 // bytes read_item was asked for (before the budget)
)

// A task of the work queue.
const (
	taskAddr  = 0  // u64: address to read (opRead) or record offset (opScan)
	taskType  = 8  // u32: type id
	taskCount = 12 // u32: number of consecutive values of the type
	taskDepth = 16 // u32: reference depth of the values
	taskOp    = 20 // u32: opRead or opScan
	taskAux   = 24 // u32: map type id for map internals
	taskEnd   = 28 // u32: opScan: record offset where the values' bytes end

	opRead = 0 // read Count values at Addr as an item, then scan them
	opScan = 1 // scan Count values already in the record at offset Addr
)

// A type descriptor: the value of the types array map, keyed by type id.
const (
	descSize    = 0  // u32: byte size of one value
	descNSlots  = 4  // u32: reference slots used
	descCondOff = 8  // u32: offset of the control / tophash bytes of a map group / bucket
	descLayout  = 12 // map layout: layoutFields u32 (map types only)
	descSlots   = descLayout + layoutFields*4
	MaxSlots    = 64
	slotSize    = 16
	DescBytes   = descSlots + MaxSlots*slotSize // the types map value size
)

// Map layout fields, u32 indexes after descLayout (of the map type's descriptor).
const (
	layHeaderType = iota
	layGroupType
	layDirectoryType
	layDirLenOff
	layLengthMaskOff
	layTableUsedOff // table.used (u16): entries of a table; tableUsedUnknown when unknown
	layBucketType
	layBOff
	layOldbucketsOff
	layoutFields
)

// A reference slot: where a value refers to other memory, and how.
const (
	slotOff      = 0  // u32: offset in the value
	slotKind     = 4  // u8: slot* kind below
	slotCond     = 5  // u8: cond* below
	slotCondIdx  = 6  // u8: index of the control byte
	slotDepthInc = 7  // u8: 1 when the target is one reference deeper
	slotTarget   = 8  // u32: type id of the target (slotMap: the map header type)
	slotAux      = 12 // u32: slotInline: count; slotMap: the map type id
)

// Slot kinds. String, slice, eface and iface, the kinds of two-word slots,
// must stay numbered 2 to 5 (interp.go tests the range).
const (
	slotPointer     = 1  // u64 address of one Target
	slotString      = 2  // {ptr, len}: len bytes as uint8
	slotSlice       = 3  // {ptr, len, cap}: len Targets
	slotEface       = 4  // {type, data}
	slotIface       = 5  // {itab, data}
	slotMap         = 6  // u64 map header address
	slotInline      = 7  // Aux values of Target stored right here (too many slots to flatten)
	slotSwissDir    = 8  // swiss header: dirPtr here, dirLen at a layout offset
	slotSwissGroups = 9  // swiss table: groups.data here, lengthMask at a layout offset
	slotHmapBuckets = 10 // hmap header: buckets here, B and oldbuckets at layout offsets
)

// Slot conditions: map slots count only when their entry is full.
const (
	condNone          = 0
	condSwissFull     = 1 // swiss control byte: high bit clear
	condTophashFull   = 2 // hmap tophash >= minTopHash
	minTopHash        = 5
	swissCtrlEmptyBit = 0x80
)

// The runtime type table (hash map): runtime type address -> rtypeValue.
const (
	rtypeID    = 0 // u32 type id
	rtypeFlags = 4 // u32
	RtypeBytes = 8 // the runtime types map value size

	rtypePointerShaped = 1 // stored in an interface's data word itself
)

// x86-64 struct pt_regs offsets (arch/x86/include/asm/ptrace.h).
var ptRegsOffset = map[int]int16{ // by DWARF register number
	0: 80, 1: 96, 2: 88, 3: 40, 4: 104, 5: 112, 6: 32, 7: 152,
	8: 72, 9: 64, 10: 56, 11: 48, 12: 24, 13: 16, 14: 8, 15: 0,
}

const (
	ptRegsR14   = 8
	ptRegsBP    = 32
	ptRegsIP    = 128
	ptRegsFlags = 144
	ptRegsSP    = 152

	eflagsCF = 1 << 0
	eflagsZF = 1 << 6
)

// Kernel ABI constants not exported by cilium/ebpf.
const (
	bpfRBNoWakeup    = 1 // bpf_ringbuf_output flags
	bpfRBForceWakeup = 2
	bpfRBAvailData   = 0 // bpf_ringbuf_query: bytes not yet consumed
)
