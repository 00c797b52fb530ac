	   0: MovReg dst: r6 src: r1
	   1: Call FnGetSmpProcessorId
	   2: MovReg dst: r1 src: r0
	   3: StXMemW dst: rfp src: r1 off: -8 imm: 0
	   4: LoadMapPtr dst: r1 fd: 3
	   6: MovReg dst: r2 src: rfp
	   7: AddImm dst: r2 imm: -8
	   8: Call FnMapLookupElem
	   9: JEqImm dst: r0 off: -1 imm: 0 <exit>
	  10: MovReg dst: r8 src: r0
	  11: MovReg dst: r7 src: r0
	  12: AddImm dst: r7 imm: 49664
	  13: LdXMemW dst: r1 src: r8 off: 0 imm: 0
	  14: JNEImm dst: r1 off: -1 imm: 0 <drop_unowned>
	  15: StMemW dst: r8 src: r0 off: 0 imm: 1
	  16: LdXMemW dst: r1 src: r8 off: 4 imm: 0
	  17: AddImm dst: r1 imm: 1
	  18: StXMemW dst: r8 src: r1 off: 4 imm: 0
	  19: StMemW dst: r8 src: r0 off: 8 imm: 200
	  20: StMemW dst: r8 src: r0 off: 80 imm: 200
	  21: StMemW dst: r8 src: r0 off: 12 imm: 1
	  22: StMemW dst: r8 src: r0 off: 16 imm: 0
	  23: StMemW dst: r8 src: r0 off: 20 imm: 0
	  24: StMemW dst: r8 src: r0 off: 24 imm: 0
	  25: StMemW dst: r8 src: r0 off: 28 imm: 0
	  26: StMemH dst: r7 src: r0 off: 4 imm: 2
	  27: StMemH dst: r7 src: r0 off: 6 imm: 0
	  28: StMemB dst: r7 src: r0 off: 8 imm: 0
	  29: StMemH dst: r7 src: r0 off: 14 imm: 16
	  30: StMemDW dst: r7 src: r0 off: 32 imm: 0
	  31: MovReg dst: r1 src: r8
	  32: AddImm dst: r1 imm: 128
	  33: MovImm dst: r2 imm: 152
	  34: LdXMemDW dst: r3 src: r6 off: 8 imm: 0
	  35: AddImm dst: r3 imm: 8
	  36: Call FnProbeReadUser
	  37: LdXMemDW dst: r1 src: r8 off: 272 imm: 0
	  38: StXMemDW dst: r7 src: r1 off: 16 imm: 0
	  39: LdXMemDW dst: r1 src: r8 off: 128 imm: 0
	  40: JEqImm dst: r1 off: -1 imm: 0 <first_entry_1>
	  41: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	  42: SubReg dst: r1 src: r2
	  43: StXMemW dst: rfp src: r1 off: -24 imm: 0
	  44: LdXMemDW dst: r1 src: r8 off: 272 imm: 0
	  45: StXMemDW dst: rfp src: r1 off: -32 imm: 0
	  46: StMemW dst: rfp src: r0 off: -20 imm: 2147483650
	  47: LoadMapPtr dst: r1 fd: 6
	  49: MovReg dst: r2 src: rfp
	  50: AddImm dst: r2 imm: -32
	  51: Call FnMapDeleteElem
	  52: JNEImm dst: r0 off: -1 imm: 0 <first_entry_1>
	  53: StMemW dst: r8 src: r0 off: 0 imm: 0
	  54: Ja off: -1 <exit>
first_entry_1:
	  55: MovImm dst: r1 imm: 2
	  56: StXMemW dst: rfp src: r1 off: -8 imm: 0
	  57: LoadMapPtr dst: r1 fd: 0
	  59: MovReg dst: r2 src: rfp
	  60: AddImm dst: r2 imm: -8
	  61: Call FnMapLookupElem
	  62: JEqImm dst: r0 off: -1 imm: 0 <sample_pass_2>
	  63: MovReg dst: r9 src: r0
	  64: LdXMemDW dst: r1 src: r9 off: 0 imm: 0
	  65: JSLEImm dst: r1 off: -1 imm: 0 <sample_refill_3>
	  66: MovImm dst: r1 imm: -1
	  67: StXAtomicFetchAddDW dst: r9 src: r1 off: 0
	  68: JSGTImm dst: r1 off: -1 imm: 0 <sample_pass_2>
sample_refill_3:
	  69: Call FnKtimeGetNs
	  70: LdXMemDW dst: r2 src: r9 off: 8 imm: 0
	  71: JEqImm dst: r2 off: -1 imm: 0 <sample_period_4>
	  72: MovReg dst: r3 src: r0
	  73: SubReg dst: r3 src: r2
	  74: LdImmDW dst: r4 imm: 1000000000
	  76: JLTReg dst: r3 off: -1 src: r4 <sampled_5>
sample_period_4:
	  77: MovReg dst: r3 src: r0
	  78: MovReg dst: r0 src: r2
	  79: StXAtomicCmpXchgDW dst: r9 src: r3 off: 8
	  80: JNEReg dst: r0 off: -1 src: r2 <sampled_5>
	  81: StMemDW dst: r9 src: r0 off: 0 imm: 0
	  82: Ja off: -1 <sample_pass_2>
sampled_5:
	  83: MovImm dst: r1 imm: 1
	  84: StXAtomicAddDW dst: r9 src: r1 off: 16
	  85: StMemW dst: r8 src: r0 off: 0 imm: 0
	  86: Ja off: -1 <exit>
sample_pass_2:
	  87: Call FnKtimeGetNs
	  88: StXMemDW dst: r7 src: r0 off: 24 imm: 0
	  89: LdXMemDW dst: r1 src: r8 off: 128 imm: 0
	  90: JEqImm dst: r1 off: -1 imm: 0 <call_done>
	  91: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	  92: SubReg dst: r1 src: r2
	  93: StXMemW dst: rfp src: r1 off: -24 imm: 0
	  94: LdXMemDW dst: r1 src: r8 off: 272 imm: 0
	  95: StXMemDW dst: rfp src: r1 off: -32 imm: 0
	  96: StMemW dst: rfp src: r0 off: -20 imm: 2
	  97: Call FnGetSmpProcessorId
	  98: AddImm dst: r0 imm: 1
	  99: LdXMemW dst: r1 src: r8 off: 4 imm: 0
	 100: LShImm dst: r1 imm: 32
	 101: OrReg dst: r1 src: r0
	 102: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	 103: StXMemDW dst: r7 src: r1 off: 32 imm: 0
	 104: LoadMapPtr dst: r1 fd: 6
	 106: MovReg dst: r2 src: rfp
	 107: AddImm dst: r2 imm: -32
	 108: MovReg dst: r3 src: rfp
	 109: AddImm dst: r3 imm: -40
	 110: MovImm dst: r4 imm: 0
	 111: Call FnMapUpdateElem
call_done:
	 112: MovReg dst: r1 src: r6
	 113: Call FnGetAttachCookie
	 114: StXMemDW dst: r7 src: r0 off: 40 imm: 0
	 115: StMemH dst: r7 src: r0 off: 10 imm: 1
	 116: LdXMemDW dst: r2 src: r8 off: 128 imm: 0
	 117: LdXMemDW dst: r3 src: r6 off: 152 imm: 0
	 118: SubReg dst: r2 src: r3
	 119: JSLTImm dst: r2 off: -1 imm: 0 <window_none>
	 120: JLEImm dst: r2 off: -1 imm: 2048 <window_sized>
	 121: MovImm dst: r2 imm: 2048
	 122: Ja off: -1 <window_sized>
window_none:
	 123: MovImm dst: r2 imm: 0
window_sized:
	 124: StXMemDW dst: r8 src: r2 off: 56 imm: 0
	 125: MovReg dst: r1 src: r8
	 126: AddImm dst: r1 imm: 180992
	 127: Call FnProbeReadUser
	 128: JEqImm dst: r0 off: -1 imm: 0 <window_read>
	 129: StMemDW dst: r8 src: r0 off: 56 imm: 0
window_read:
	 130: LdXMemDW dst: r9 src: r6 off: 152 imm: 0
	 131: MovReg dst: r1 src: r9
	 132: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 133: SubReg dst: r1 src: r2
	 134: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_6>
	 135: MovReg dst: r2 src: r1
	 136: AddImm dst: r2 imm: 16
	 137: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 138: JGTReg dst: r2 off: -1 src: r3 <frame_read_6>
	 139: AddReg dst: r1 src: r8
	 140: AddImm dst: r1 imm: 180992
	 141: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 142: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 143: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 144: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 145: Ja off: -1 <frame_got_7>
frame_read_6:
	 146: MovReg dst: r1 src: r8
	 147: AddImm dst: r1 imm: 64
	 148: MovImm dst: r2 imm: 16
	 149: MovReg dst: r3 src: r9
	 150: Call FnProbeReadUser
	 151: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_7:
	 152: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 153: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 154: StXMemDW dst: r7 src: r1 off: 48 imm: 0
	 155: LdXMemDW dst: r9 src: r6 off: 32 imm: 0
	 156: StMemH dst: r7 src: r0 off: 10 imm: 2
	 157: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 158: MovReg dst: r1 src: r9
	 159: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 160: SubReg dst: r1 src: r2
	 161: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_8>
	 162: MovReg dst: r2 src: r1
	 163: AddImm dst: r2 imm: 16
	 164: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 165: JGTReg dst: r2 off: -1 src: r3 <frame_read_8>
	 166: AddReg dst: r1 src: r8
	 167: AddImm dst: r1 imm: 180992
	 168: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 169: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 170: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 171: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 172: Ja off: -1 <frame_got_9>
frame_read_8:
	 173: MovReg dst: r1 src: r8
	 174: AddImm dst: r1 imm: 64
	 175: MovImm dst: r2 imm: 16
	 176: MovReg dst: r3 src: r9
	 177: Call FnProbeReadUser
	 178: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_9:
	 179: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 180: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 181: StXMemDW dst: r7 src: r1 off: 56 imm: 0
	 182: StMemH dst: r7 src: r0 off: 10 imm: 3
	 183: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 184: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 185: MovReg dst: r9 src: r1
	 186: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 187: MovReg dst: r1 src: r9
	 188: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 189: SubReg dst: r1 src: r2
	 190: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_10>
	 191: MovReg dst: r2 src: r1
	 192: AddImm dst: r2 imm: 16
	 193: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 194: JGTReg dst: r2 off: -1 src: r3 <frame_read_10>
	 195: AddReg dst: r1 src: r8
	 196: AddImm dst: r1 imm: 180992
	 197: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 198: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 199: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 200: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 201: Ja off: -1 <frame_got_11>
frame_read_10:
	 202: MovReg dst: r1 src: r8
	 203: AddImm dst: r1 imm: 64
	 204: MovImm dst: r2 imm: 16
	 205: MovReg dst: r3 src: r9
	 206: Call FnProbeReadUser
	 207: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_11:
	 208: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 209: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 210: StXMemDW dst: r7 src: r1 off: 64 imm: 0
	 211: StMemH dst: r7 src: r0 off: 10 imm: 4
	 212: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 213: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 214: MovReg dst: r9 src: r1
	 215: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 216: MovReg dst: r1 src: r9
	 217: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 218: SubReg dst: r1 src: r2
	 219: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_12>
	 220: MovReg dst: r2 src: r1
	 221: AddImm dst: r2 imm: 16
	 222: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 223: JGTReg dst: r2 off: -1 src: r3 <frame_read_12>
	 224: AddReg dst: r1 src: r8
	 225: AddImm dst: r1 imm: 180992
	 226: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 227: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 228: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 229: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 230: Ja off: -1 <frame_got_13>
frame_read_12:
	 231: MovReg dst: r1 src: r8
	 232: AddImm dst: r1 imm: 64
	 233: MovImm dst: r2 imm: 16
	 234: MovReg dst: r3 src: r9
	 235: Call FnProbeReadUser
	 236: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_13:
	 237: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 238: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 239: StXMemDW dst: r7 src: r1 off: 72 imm: 0
	 240: StMemH dst: r7 src: r0 off: 10 imm: 5
	 241: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 242: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 243: MovReg dst: r9 src: r1
	 244: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 245: MovReg dst: r1 src: r9
	 246: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 247: SubReg dst: r1 src: r2
	 248: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_14>
	 249: MovReg dst: r2 src: r1
	 250: AddImm dst: r2 imm: 16
	 251: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 252: JGTReg dst: r2 off: -1 src: r3 <frame_read_14>
	 253: AddReg dst: r1 src: r8
	 254: AddImm dst: r1 imm: 180992
	 255: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 256: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 257: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 258: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 259: Ja off: -1 <frame_got_15>
frame_read_14:
	 260: MovReg dst: r1 src: r8
	 261: AddImm dst: r1 imm: 64
	 262: MovImm dst: r2 imm: 16
	 263: MovReg dst: r3 src: r9
	 264: Call FnProbeReadUser
	 265: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_15:
	 266: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 267: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 268: StXMemDW dst: r7 src: r1 off: 80 imm: 0
	 269: StMemH dst: r7 src: r0 off: 10 imm: 6
	 270: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 271: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 272: MovReg dst: r9 src: r1
	 273: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 274: MovReg dst: r1 src: r9
	 275: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 276: SubReg dst: r1 src: r2
	 277: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_16>
	 278: MovReg dst: r2 src: r1
	 279: AddImm dst: r2 imm: 16
	 280: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 281: JGTReg dst: r2 off: -1 src: r3 <frame_read_16>
	 282: AddReg dst: r1 src: r8
	 283: AddImm dst: r1 imm: 180992
	 284: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 285: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 286: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 287: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 288: Ja off: -1 <frame_got_17>
frame_read_16:
	 289: MovReg dst: r1 src: r8
	 290: AddImm dst: r1 imm: 64
	 291: MovImm dst: r2 imm: 16
	 292: MovReg dst: r3 src: r9
	 293: Call FnProbeReadUser
	 294: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_17:
	 295: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 296: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 297: StXMemDW dst: r7 src: r1 off: 88 imm: 0
	 298: StMemH dst: r7 src: r0 off: 10 imm: 7
	 299: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 300: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 301: MovReg dst: r9 src: r1
	 302: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 303: MovReg dst: r1 src: r9
	 304: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 305: SubReg dst: r1 src: r2
	 306: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_18>
	 307: MovReg dst: r2 src: r1
	 308: AddImm dst: r2 imm: 16
	 309: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 310: JGTReg dst: r2 off: -1 src: r3 <frame_read_18>
	 311: AddReg dst: r1 src: r8
	 312: AddImm dst: r1 imm: 180992
	 313: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 314: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 315: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 316: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 317: Ja off: -1 <frame_got_19>
frame_read_18:
	 318: MovReg dst: r1 src: r8
	 319: AddImm dst: r1 imm: 64
	 320: MovImm dst: r2 imm: 16
	 321: MovReg dst: r3 src: r9
	 322: Call FnProbeReadUser
	 323: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_19:
	 324: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 325: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 326: StXMemDW dst: r7 src: r1 off: 96 imm: 0
	 327: StMemH dst: r7 src: r0 off: 10 imm: 8
	 328: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 329: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 330: MovReg dst: r9 src: r1
	 331: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 332: MovReg dst: r1 src: r9
	 333: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 334: SubReg dst: r1 src: r2
	 335: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_20>
	 336: MovReg dst: r2 src: r1
	 337: AddImm dst: r2 imm: 16
	 338: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 339: JGTReg dst: r2 off: -1 src: r3 <frame_read_20>
	 340: AddReg dst: r1 src: r8
	 341: AddImm dst: r1 imm: 180992
	 342: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 343: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 344: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 345: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 346: Ja off: -1 <frame_got_21>
frame_read_20:
	 347: MovReg dst: r1 src: r8
	 348: AddImm dst: r1 imm: 64
	 349: MovImm dst: r2 imm: 16
	 350: MovReg dst: r3 src: r9
	 351: Call FnProbeReadUser
	 352: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_21:
	 353: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 354: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 355: StXMemDW dst: r7 src: r1 off: 104 imm: 0
	 356: StMemH dst: r7 src: r0 off: 10 imm: 9
	 357: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 358: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 359: MovReg dst: r9 src: r1
	 360: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 361: MovReg dst: r1 src: r9
	 362: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 363: SubReg dst: r1 src: r2
	 364: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_22>
	 365: MovReg dst: r2 src: r1
	 366: AddImm dst: r2 imm: 16
	 367: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 368: JGTReg dst: r2 off: -1 src: r3 <frame_read_22>
	 369: AddReg dst: r1 src: r8
	 370: AddImm dst: r1 imm: 180992
	 371: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 372: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 373: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 374: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 375: Ja off: -1 <frame_got_23>
frame_read_22:
	 376: MovReg dst: r1 src: r8
	 377: AddImm dst: r1 imm: 64
	 378: MovImm dst: r2 imm: 16
	 379: MovReg dst: r3 src: r9
	 380: Call FnProbeReadUser
	 381: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_23:
	 382: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 383: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 384: StXMemDW dst: r7 src: r1 off: 112 imm: 0
	 385: StMemH dst: r7 src: r0 off: 10 imm: 10
	 386: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 387: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 388: MovReg dst: r9 src: r1
	 389: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 390: MovReg dst: r1 src: r9
	 391: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 392: SubReg dst: r1 src: r2
	 393: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_24>
	 394: MovReg dst: r2 src: r1
	 395: AddImm dst: r2 imm: 16
	 396: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 397: JGTReg dst: r2 off: -1 src: r3 <frame_read_24>
	 398: AddReg dst: r1 src: r8
	 399: AddImm dst: r1 imm: 180992
	 400: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 401: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 402: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 403: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 404: Ja off: -1 <frame_got_25>
frame_read_24:
	 405: MovReg dst: r1 src: r8
	 406: AddImm dst: r1 imm: 64
	 407: MovImm dst: r2 imm: 16
	 408: MovReg dst: r3 src: r9
	 409: Call FnProbeReadUser
	 410: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_25:
	 411: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 412: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 413: StXMemDW dst: r7 src: r1 off: 120 imm: 0
	 414: StMemH dst: r7 src: r0 off: 10 imm: 11
	 415: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 416: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 417: MovReg dst: r9 src: r1
	 418: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 419: MovReg dst: r1 src: r9
	 420: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 421: SubReg dst: r1 src: r2
	 422: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_26>
	 423: MovReg dst: r2 src: r1
	 424: AddImm dst: r2 imm: 16
	 425: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 426: JGTReg dst: r2 off: -1 src: r3 <frame_read_26>
	 427: AddReg dst: r1 src: r8
	 428: AddImm dst: r1 imm: 180992
	 429: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 430: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 431: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 432: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 433: Ja off: -1 <frame_got_27>
frame_read_26:
	 434: MovReg dst: r1 src: r8
	 435: AddImm dst: r1 imm: 64
	 436: MovImm dst: r2 imm: 16
	 437: MovReg dst: r3 src: r9
	 438: Call FnProbeReadUser
	 439: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_27:
	 440: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 441: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 442: StXMemDW dst: r7 src: r1 off: 128 imm: 0
	 443: StMemH dst: r7 src: r0 off: 10 imm: 12
	 444: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 445: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 446: MovReg dst: r9 src: r1
	 447: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 448: MovReg dst: r1 src: r9
	 449: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 450: SubReg dst: r1 src: r2
	 451: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_28>
	 452: MovReg dst: r2 src: r1
	 453: AddImm dst: r2 imm: 16
	 454: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 455: JGTReg dst: r2 off: -1 src: r3 <frame_read_28>
	 456: AddReg dst: r1 src: r8
	 457: AddImm dst: r1 imm: 180992
	 458: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 459: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 460: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 461: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 462: Ja off: -1 <frame_got_29>
frame_read_28:
	 463: MovReg dst: r1 src: r8
	 464: AddImm dst: r1 imm: 64
	 465: MovImm dst: r2 imm: 16
	 466: MovReg dst: r3 src: r9
	 467: Call FnProbeReadUser
	 468: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_29:
	 469: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 470: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 471: StXMemDW dst: r7 src: r1 off: 136 imm: 0
	 472: StMemH dst: r7 src: r0 off: 10 imm: 13
	 473: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 474: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 475: MovReg dst: r9 src: r1
	 476: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 477: MovReg dst: r1 src: r9
	 478: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 479: SubReg dst: r1 src: r2
	 480: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_30>
	 481: MovReg dst: r2 src: r1
	 482: AddImm dst: r2 imm: 16
	 483: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 484: JGTReg dst: r2 off: -1 src: r3 <frame_read_30>
	 485: AddReg dst: r1 src: r8
	 486: AddImm dst: r1 imm: 180992
	 487: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 488: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 489: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 490: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 491: Ja off: -1 <frame_got_31>
frame_read_30:
	 492: MovReg dst: r1 src: r8
	 493: AddImm dst: r1 imm: 64
	 494: MovImm dst: r2 imm: 16
	 495: MovReg dst: r3 src: r9
	 496: Call FnProbeReadUser
	 497: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_31:
	 498: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 499: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 500: StXMemDW dst: r7 src: r1 off: 144 imm: 0
	 501: StMemH dst: r7 src: r0 off: 10 imm: 14
	 502: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 503: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 504: MovReg dst: r9 src: r1
	 505: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 506: MovReg dst: r1 src: r9
	 507: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 508: SubReg dst: r1 src: r2
	 509: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_32>
	 510: MovReg dst: r2 src: r1
	 511: AddImm dst: r2 imm: 16
	 512: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 513: JGTReg dst: r2 off: -1 src: r3 <frame_read_32>
	 514: AddReg dst: r1 src: r8
	 515: AddImm dst: r1 imm: 180992
	 516: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 517: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 518: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 519: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 520: Ja off: -1 <frame_got_33>
frame_read_32:
	 521: MovReg dst: r1 src: r8
	 522: AddImm dst: r1 imm: 64
	 523: MovImm dst: r2 imm: 16
	 524: MovReg dst: r3 src: r9
	 525: Call FnProbeReadUser
	 526: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_33:
	 527: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 528: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 529: StXMemDW dst: r7 src: r1 off: 152 imm: 0
	 530: StMemH dst: r7 src: r0 off: 10 imm: 15
	 531: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 532: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 533: MovReg dst: r9 src: r1
	 534: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 535: MovReg dst: r1 src: r9
	 536: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 537: SubReg dst: r1 src: r2
	 538: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_34>
	 539: MovReg dst: r2 src: r1
	 540: AddImm dst: r2 imm: 16
	 541: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 542: JGTReg dst: r2 off: -1 src: r3 <frame_read_34>
	 543: AddReg dst: r1 src: r8
	 544: AddImm dst: r1 imm: 180992
	 545: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 546: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 547: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 548: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 549: Ja off: -1 <frame_got_35>
frame_read_34:
	 550: MovReg dst: r1 src: r8
	 551: AddImm dst: r1 imm: 64
	 552: MovImm dst: r2 imm: 16
	 553: MovReg dst: r3 src: r9
	 554: Call FnProbeReadUser
	 555: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_35:
	 556: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 557: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 558: StXMemDW dst: r7 src: r1 off: 160 imm: 0
	 559: StMemH dst: r7 src: r0 off: 10 imm: 16
	 560: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 561: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 562: MovReg dst: r9 src: r1
	 563: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 564: LdXMemW dst: r1 src: r8 off: 16 imm: 0
	 565: OrImm dst: r1 imm: 2
	 566: StXMemW dst: r8 src: r1 off: 16 imm: 0
stack_done:
	 567: MovReg dst: r9 src: r7
	 568: AddImm dst: r9 imm: 168
	 569: StMemW dst: r9 src: r0 off: 0 imm: 1
	 570: StMemDW dst: r9 src: r0 off: 8 imm: 0
	 571: StMemW dst: r9 src: r0 off: 4 imm: 0
	 572: StMemW dst: r9 src: r0 off: 16 imm: 8
	 573: StMemW dst: r9 src: r0 off: 20 imm: 8
	 574: LdXMemDW dst: r2 src: r6 off: 80 imm: 0
	 575: MovReg dst: r1 src: r9
	 576: AddImm dst: r1 imm: 24
	 577: StXMemDW dst: r1 src: r2 off: 0 imm: 0
emit:
	 578: LdXMemW dst: r3 src: r8 off: 8 imm: 0
	 579: StXMemW dst: r7 src: r3 off: 0 imm: 0
	 580: LdXMemW dst: r1 src: r8 off: 12 imm: 0
	 581: StXMemH dst: r7 src: r1 off: 12 imm: 0
	 582: LdXMemW dst: r1 src: r8 off: 16 imm: 0
	 583: StXMemB dst: r7 src: r1 off: 9 imm: 0
	 584: LdXMemW dst: r1 src: r8 off: 4 imm: 0
	 585: MovImm dst: r4 imm: 1
	 586: AndImm dst: r1 imm: 15
	 587: JNEImm dst: r1 off: -1 imm: 0 <wake_chosen>
	 588: LoadMapPtr dst: r1 fd: 7
	 590: MovImm dst: r2 imm: 0
	 591: Call FnRingbufQuery
	 592: MovImm dst: r4 imm: 1
	 593: JLTImm dst: r0 off: -1 imm: 8388608 <wake_chosen>
	 594: MovImm dst: r4 imm: 2
wake_chosen:
	 595: LoadMapPtr dst: r1 fd: 7
	 597: MovReg dst: r2 src: r7
	 598: LdXMemW dst: r3 src: r8 off: 8 imm: 0
	 599: AndImm dst: r3 imm: 65535
	 600: Call FnRingbufOutput
	 601: StMemW dst: r8 src: r0 off: 0 imm: 0
	 602: JEqImm dst: r0 off: -1 imm: 0 <exit>
drop_unowned:
	 603: MovImm dst: r1 imm: 2
	 604: StXMemW dst: rfp src: r1 off: -8 imm: 0
	 605: LoadMapPtr dst: r1 fd: 8
	 607: MovReg dst: r2 src: rfp
	 608: AddImm dst: r2 imm: -8
	 609: Call FnMapLookupElem
	 610: JEqImm dst: r0 off: -1 imm: 0 <exit>
	 611: MovImm dst: r1 imm: 1
	 612: StXAtomicAddDW dst: r0 src: r1 off: 0
exit:
	 613: MovImm dst: r0 imm: 0
	 614: Exit
