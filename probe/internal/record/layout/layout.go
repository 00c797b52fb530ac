// Package layout is the byte layout of the record a probe program emits into
// the ring buffer: the generator (bpfgen) writes it, the decoder (record)
// reads it, and both take the offsets from here.
//
// It is the capture record of docs/capture-format.md §3.1-3.2 with two
// differences, so that the items of the roots sit at constant offsets:
//   - the stack area has RecStackSlots slots, the engine's stack depth, whatever
//     the frames (RecStackDepth says how many count);
//   - an item's reserved u32 at offset 20 holds its data stride in this record
//     (bytes to the next item), which may exceed its length when a read failed.
package layout

// The record header.
const (
	RecLength     = 0  // u32: bytes of the record
	RecProbe      = 4  // u16: probe index
	RecInstance   = 6  // u16: instance index
	RecKind       = 8  // u8: capfile.KindEntry / KindReturn
	RecFlags      = 9  // u8: capfile.Flag*
	RecStackDepth = 10 // u16
	RecItemCount  = 12 // u16
	RecStackSlots = 14 // u16: the stack area's slots (the engine's stack depth)
	RecGoid       = 16 // u64
	RecTime       = 24 // u64: bpf_ktime_get_ns (CLOCK_MONOTONIC)
	RecCallID     = 32 // u64
	RecStack      = 40 // RecStackSlots u64 PCs

	// DefaultStackDepth bounds the frames of one event unless the engine
	// is told otherwise: the probed site, its return address, then
	// frame-pointer frames. MaxStackDepth bounds what it can be told.
	DefaultStackDepth = 16
	MaxStackDepth     = 64

	// MaxEventBytes is the hard cap of one record; probes ask for less.
	MaxEventBytes = 65528
)

// ItemsAt is where the first item of a record with slots stack slots starts.
func ItemsAt(slots int) int { return RecStack + slots*8 }

// An item: its header, then its data.
const (
	ItemType   = 0  // u32
	ItemStatus = 4  // u8, then 3 zero bytes
	ItemAddr   = 8  // u64
	ItemLen    = 16 // u32
	ItemStride = 20 // u32 (record only; the capture file has 0 here)
	ItemHeader = 24

	// StatusStatic is an item of read-only memory whose bytes the record
	// does not carry (stride 0): the decoder takes them from the binary.
	StatusStatic = 0x80
)
