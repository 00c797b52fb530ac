package capfile

// Byte layout of a capture file, version 2 (docs/capture-format.md §1, §3).
const (
	Magic   = "GODICAP\x00"
	Version = 2

	headerSize       = 16 // magic 8, version u16, reserved u16, metaLength u32
	recordHeaderSize = 40 // length u32, probe u16, instance u16, kind u8, flags u8, stackDepth u16, itemCount u32, goid, timestamp, callId u64
	itemHeaderSize   = 24 // typeId u32, status u8, reserved 3, address u64, length u32, reserved u32
	alignment        = 8  // records and items start 8-aligned
)

func pad8(n int) int { return (n + alignment - 1) &^ (alignment - 1) }
