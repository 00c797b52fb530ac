	 0: MovReg dst: r6 src: r1
	 1: MovReg dst: r1 src: rfp
	 2: AddImm dst: r1 imm: -448
	 3: MovImm dst: r2 imm: 152
	 4: LdXMemDW dst: r3 src: r6 off: 8 imm: 0
	 5: AddImm dst: r3 imm: 8
	 6: Call FnProbeReadUser
	 7: LdXMemDW dst: r1 src: rfp off: -448 imm: 0
	 8: JEqImm dst: r1 off: -1 imm: 0 <exit>
	 9: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	10: SubReg dst: r1 src: r2
	11: StXMemW dst: rfp src: r1 off: -24 imm: 0
	12: LdXMemDW dst: r1 src: rfp off: -304 imm: 0
	13: StXMemDW dst: rfp src: r1 off: -32 imm: 0
	14: StMemW dst: rfp src: r0 off: -20 imm: 2147483650
	15: StMemDW dst: rfp src: r0 off: -40 imm: 0
	16: LoadMapPtr dst: r1 fd: 6
	18: MovReg dst: r2 src: rfp
	19: AddImm dst: r2 imm: -32
	20: MovReg dst: r3 src: rfp
	21: AddImm dst: r3 imm: -40
	22: MovImm dst: r4 imm: 0
	23: Call FnMapUpdateElem
exit:
	24: MovImm dst: r0 imm: 0
	25: Exit
