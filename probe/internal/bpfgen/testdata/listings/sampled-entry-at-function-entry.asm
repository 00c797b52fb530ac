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
	  19: StMemW dst: r8 src: r0 off: 8 imm: 328
	  20: StMemW dst: r8 src: r0 off: 80 imm: 328
	  21: StMemW dst: r8 src: r0 off: 12 imm: 1
	  22: StMemW dst: r8 src: r0 off: 16 imm: 0
	  23: StMemW dst: r8 src: r0 off: 20 imm: 0
	  24: StMemW dst: r8 src: r0 off: 24 imm: 0
	  25: StMemW dst: r8 src: r0 off: 28 imm: 0
	  26: StMemH dst: r7 src: r0 off: 4 imm: 2
	  27: StMemH dst: r7 src: r0 off: 6 imm: 0
	  28: StMemB dst: r7 src: r0 off: 8 imm: 0
	  29: StMemDW dst: r7 src: r0 off: 32 imm: 0
	  30: MovReg dst: r1 src: r8
	  31: AddImm dst: r1 imm: 128
	  32: MovImm dst: r2 imm: 152
	  33: LdXMemDW dst: r3 src: r6 off: 8 imm: 0
	  34: AddImm dst: r3 imm: 8
	  35: Call FnProbeReadUser
	  36: LdXMemDW dst: r1 src: r8 off: 272 imm: 0
	  37: StXMemDW dst: r7 src: r1 off: 16 imm: 0
	  38: LdXMemDW dst: r1 src: r8 off: 128 imm: 0
	  39: JEqImm dst: r1 off: -1 imm: 0 <first_entry_1>
	  40: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	  41: SubReg dst: r1 src: r2
	  42: StXMemW dst: rfp src: r1 off: -24 imm: 0
	  43: LdXMemDW dst: r1 src: r8 off: 272 imm: 0
	  44: StXMemDW dst: rfp src: r1 off: -32 imm: 0
	  45: StMemW dst: rfp src: r0 off: -20 imm: 2147483650
	  46: LoadMapPtr dst: r1 fd: 6
	  48: MovReg dst: r2 src: rfp
	  49: AddImm dst: r2 imm: -32
	  50: Call FnMapDeleteElem
	  51: JNEImm dst: r0 off: -1 imm: 0 <first_entry_1>
	  52: StMemW dst: r8 src: r0 off: 0 imm: 0
	  53: Ja off: -1 <exit>
first_entry_1:
	  54: MovImm dst: r1 imm: 2
	  55: StXMemW dst: rfp src: r1 off: -8 imm: 0
	  56: LoadMapPtr dst: r1 fd: 0
	  58: MovReg dst: r2 src: rfp
	  59: AddImm dst: r2 imm: -8
	  60: Call FnMapLookupElem
	  61: JEqImm dst: r0 off: -1 imm: 0 <sample_pass_2>
	  62: MovReg dst: r9 src: r0
	  63: LdXMemDW dst: r1 src: r9 off: 0 imm: 0
	  64: JSLEImm dst: r1 off: -1 imm: 0 <sample_refill_3>
	  65: MovImm dst: r1 imm: -1
	  66: StXAtomicFetchAddDW dst: r9 src: r1 off: 0
	  67: JSGTImm dst: r1 off: -1 imm: 0 <sample_pass_2>
sample_refill_3:
	  68: Call FnKtimeGetNs
	  69: LdXMemDW dst: r2 src: r9 off: 8 imm: 0
	  70: JEqImm dst: r2 off: -1 imm: 0 <sample_period_4>
	  71: MovReg dst: r3 src: r0
	  72: SubReg dst: r3 src: r2
	  73: LdImmDW dst: r4 imm: 1000000000
	  75: JLTReg dst: r3 off: -1 src: r4 <sampled_5>
sample_period_4:
	  76: MovReg dst: r3 src: r0
	  77: MovReg dst: r0 src: r2
	  78: StXAtomicCmpXchgDW dst: r9 src: r3 off: 8
	  79: JNEReg dst: r0 off: -1 src: r2 <sampled_5>
	  80: StMemDW dst: r9 src: r0 off: 0 imm: 0
	  81: Ja off: -1 <sample_pass_2>
sampled_5:
	  82: MovImm dst: r1 imm: 1
	  83: StXAtomicAddDW dst: r9 src: r1 off: 16
	  84: StMemW dst: r8 src: r0 off: 0 imm: 0
	  85: Ja off: -1 <exit>
sample_pass_2:
	  86: Call FnKtimeGetNs
	  87: StXMemDW dst: r7 src: r0 off: 24 imm: 0
	  88: LdXMemDW dst: r1 src: r8 off: 128 imm: 0
	  89: JEqImm dst: r1 off: -1 imm: 0 <call_done>
	  90: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	  91: SubReg dst: r1 src: r2
	  92: StXMemW dst: rfp src: r1 off: -24 imm: 0
	  93: LdXMemDW dst: r1 src: r8 off: 272 imm: 0
	  94: StXMemDW dst: rfp src: r1 off: -32 imm: 0
	  95: StMemW dst: rfp src: r0 off: -20 imm: 2
	  96: LdXMemDW dst: r1 src: r7 off: 24 imm: 0
	  97: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	  98: StXMemDW dst: r7 src: r1 off: 32 imm: 0
	  99: LoadMapPtr dst: r1 fd: 6
	 101: MovReg dst: r2 src: rfp
	 102: AddImm dst: r2 imm: -32
	 103: MovReg dst: r3 src: rfp
	 104: AddImm dst: r3 imm: -40
	 105: MovImm dst: r4 imm: 0
	 106: Call FnMapUpdateElem
call_done:
	 107: MovReg dst: r1 src: r6
	 108: Call FnGetAttachCookie
	 109: StXMemDW dst: r7 src: r0 off: 40 imm: 0
	 110: StMemH dst: r7 src: r0 off: 10 imm: 1
	 111: LdXMemDW dst: r2 src: r8 off: 128 imm: 0
	 112: LdXMemDW dst: r3 src: r6 off: 152 imm: 0
	 113: SubReg dst: r2 src: r3
	 114: JSLTImm dst: r2 off: -1 imm: 0 <window_none>
	 115: JLEImm dst: r2 off: -1 imm: 2048 <window_sized>
	 116: MovImm dst: r2 imm: 2048
	 117: Ja off: -1 <window_sized>
window_none:
	 118: MovImm dst: r2 imm: 0
window_sized:
	 119: StXMemDW dst: r8 src: r2 off: 56 imm: 0
	 120: MovReg dst: r1 src: r8
	 121: AddImm dst: r1 imm: 180992
	 122: Call FnProbeReadUser
	 123: JEqImm dst: r0 off: -1 imm: 0 <window_read>
	 124: StMemDW dst: r8 src: r0 off: 56 imm: 0
window_read:
	 125: LdXMemDW dst: r9 src: r6 off: 152 imm: 0
	 126: MovReg dst: r1 src: r9
	 127: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 128: SubReg dst: r1 src: r2
	 129: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_6>
	 130: MovReg dst: r2 src: r1
	 131: AddImm dst: r2 imm: 16
	 132: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 133: JGTReg dst: r2 off: -1 src: r3 <frame_read_6>
	 134: AddReg dst: r1 src: r8
	 135: AddImm dst: r1 imm: 180992
	 136: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 137: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 138: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 139: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 140: Ja off: -1 <frame_got_7>
frame_read_6:
	 141: MovReg dst: r1 src: r8
	 142: AddImm dst: r1 imm: 64
	 143: MovImm dst: r2 imm: 16
	 144: MovReg dst: r3 src: r9
	 145: Call FnProbeReadUser
	 146: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_7:
	 147: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 148: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 149: StXMemDW dst: r7 src: r1 off: 48 imm: 0
	 150: LdXMemDW dst: r9 src: r6 off: 32 imm: 0
	 151: StMemH dst: r7 src: r0 off: 10 imm: 2
	 152: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 153: MovReg dst: r1 src: r9
	 154: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 155: SubReg dst: r1 src: r2
	 156: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_8>
	 157: MovReg dst: r2 src: r1
	 158: AddImm dst: r2 imm: 16
	 159: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 160: JGTReg dst: r2 off: -1 src: r3 <frame_read_8>
	 161: AddReg dst: r1 src: r8
	 162: AddImm dst: r1 imm: 180992
	 163: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 164: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 165: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 166: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 167: Ja off: -1 <frame_got_9>
frame_read_8:
	 168: MovReg dst: r1 src: r8
	 169: AddImm dst: r1 imm: 64
	 170: MovImm dst: r2 imm: 16
	 171: MovReg dst: r3 src: r9
	 172: Call FnProbeReadUser
	 173: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_9:
	 174: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 175: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 176: StXMemDW dst: r7 src: r1 off: 56 imm: 0
	 177: StMemH dst: r7 src: r0 off: 10 imm: 3
	 178: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 179: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 180: MovReg dst: r9 src: r1
	 181: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 182: MovReg dst: r1 src: r9
	 183: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 184: SubReg dst: r1 src: r2
	 185: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_10>
	 186: MovReg dst: r2 src: r1
	 187: AddImm dst: r2 imm: 16
	 188: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 189: JGTReg dst: r2 off: -1 src: r3 <frame_read_10>
	 190: AddReg dst: r1 src: r8
	 191: AddImm dst: r1 imm: 180992
	 192: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 193: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 194: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 195: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 196: Ja off: -1 <frame_got_11>
frame_read_10:
	 197: MovReg dst: r1 src: r8
	 198: AddImm dst: r1 imm: 64
	 199: MovImm dst: r2 imm: 16
	 200: MovReg dst: r3 src: r9
	 201: Call FnProbeReadUser
	 202: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_11:
	 203: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 204: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 205: StXMemDW dst: r7 src: r1 off: 64 imm: 0
	 206: StMemH dst: r7 src: r0 off: 10 imm: 4
	 207: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 208: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 209: MovReg dst: r9 src: r1
	 210: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 211: MovReg dst: r1 src: r9
	 212: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 213: SubReg dst: r1 src: r2
	 214: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_12>
	 215: MovReg dst: r2 src: r1
	 216: AddImm dst: r2 imm: 16
	 217: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 218: JGTReg dst: r2 off: -1 src: r3 <frame_read_12>
	 219: AddReg dst: r1 src: r8
	 220: AddImm dst: r1 imm: 180992
	 221: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 222: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 223: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 224: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 225: Ja off: -1 <frame_got_13>
frame_read_12:
	 226: MovReg dst: r1 src: r8
	 227: AddImm dst: r1 imm: 64
	 228: MovImm dst: r2 imm: 16
	 229: MovReg dst: r3 src: r9
	 230: Call FnProbeReadUser
	 231: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_13:
	 232: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 233: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 234: StXMemDW dst: r7 src: r1 off: 72 imm: 0
	 235: StMemH dst: r7 src: r0 off: 10 imm: 5
	 236: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 237: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 238: MovReg dst: r9 src: r1
	 239: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 240: MovReg dst: r1 src: r9
	 241: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 242: SubReg dst: r1 src: r2
	 243: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_14>
	 244: MovReg dst: r2 src: r1
	 245: AddImm dst: r2 imm: 16
	 246: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 247: JGTReg dst: r2 off: -1 src: r3 <frame_read_14>
	 248: AddReg dst: r1 src: r8
	 249: AddImm dst: r1 imm: 180992
	 250: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 251: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 252: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 253: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 254: Ja off: -1 <frame_got_15>
frame_read_14:
	 255: MovReg dst: r1 src: r8
	 256: AddImm dst: r1 imm: 64
	 257: MovImm dst: r2 imm: 16
	 258: MovReg dst: r3 src: r9
	 259: Call FnProbeReadUser
	 260: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_15:
	 261: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 262: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 263: StXMemDW dst: r7 src: r1 off: 80 imm: 0
	 264: StMemH dst: r7 src: r0 off: 10 imm: 6
	 265: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 266: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 267: MovReg dst: r9 src: r1
	 268: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 269: MovReg dst: r1 src: r9
	 270: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 271: SubReg dst: r1 src: r2
	 272: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_16>
	 273: MovReg dst: r2 src: r1
	 274: AddImm dst: r2 imm: 16
	 275: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 276: JGTReg dst: r2 off: -1 src: r3 <frame_read_16>
	 277: AddReg dst: r1 src: r8
	 278: AddImm dst: r1 imm: 180992
	 279: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 280: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 281: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 282: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 283: Ja off: -1 <frame_got_17>
frame_read_16:
	 284: MovReg dst: r1 src: r8
	 285: AddImm dst: r1 imm: 64
	 286: MovImm dst: r2 imm: 16
	 287: MovReg dst: r3 src: r9
	 288: Call FnProbeReadUser
	 289: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_17:
	 290: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 291: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 292: StXMemDW dst: r7 src: r1 off: 88 imm: 0
	 293: StMemH dst: r7 src: r0 off: 10 imm: 7
	 294: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 295: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 296: MovReg dst: r9 src: r1
	 297: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 298: MovReg dst: r1 src: r9
	 299: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 300: SubReg dst: r1 src: r2
	 301: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_18>
	 302: MovReg dst: r2 src: r1
	 303: AddImm dst: r2 imm: 16
	 304: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 305: JGTReg dst: r2 off: -1 src: r3 <frame_read_18>
	 306: AddReg dst: r1 src: r8
	 307: AddImm dst: r1 imm: 180992
	 308: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 309: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 310: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 311: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 312: Ja off: -1 <frame_got_19>
frame_read_18:
	 313: MovReg dst: r1 src: r8
	 314: AddImm dst: r1 imm: 64
	 315: MovImm dst: r2 imm: 16
	 316: MovReg dst: r3 src: r9
	 317: Call FnProbeReadUser
	 318: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_19:
	 319: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 320: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 321: StXMemDW dst: r7 src: r1 off: 96 imm: 0
	 322: StMemH dst: r7 src: r0 off: 10 imm: 8
	 323: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 324: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 325: MovReg dst: r9 src: r1
	 326: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 327: MovReg dst: r1 src: r9
	 328: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 329: SubReg dst: r1 src: r2
	 330: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_20>
	 331: MovReg dst: r2 src: r1
	 332: AddImm dst: r2 imm: 16
	 333: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 334: JGTReg dst: r2 off: -1 src: r3 <frame_read_20>
	 335: AddReg dst: r1 src: r8
	 336: AddImm dst: r1 imm: 180992
	 337: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 338: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 339: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 340: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 341: Ja off: -1 <frame_got_21>
frame_read_20:
	 342: MovReg dst: r1 src: r8
	 343: AddImm dst: r1 imm: 64
	 344: MovImm dst: r2 imm: 16
	 345: MovReg dst: r3 src: r9
	 346: Call FnProbeReadUser
	 347: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_21:
	 348: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 349: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 350: StXMemDW dst: r7 src: r1 off: 104 imm: 0
	 351: StMemH dst: r7 src: r0 off: 10 imm: 9
	 352: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 353: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 354: MovReg dst: r9 src: r1
	 355: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 356: MovReg dst: r1 src: r9
	 357: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 358: SubReg dst: r1 src: r2
	 359: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_22>
	 360: MovReg dst: r2 src: r1
	 361: AddImm dst: r2 imm: 16
	 362: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 363: JGTReg dst: r2 off: -1 src: r3 <frame_read_22>
	 364: AddReg dst: r1 src: r8
	 365: AddImm dst: r1 imm: 180992
	 366: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 367: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 368: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 369: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 370: Ja off: -1 <frame_got_23>
frame_read_22:
	 371: MovReg dst: r1 src: r8
	 372: AddImm dst: r1 imm: 64
	 373: MovImm dst: r2 imm: 16
	 374: MovReg dst: r3 src: r9
	 375: Call FnProbeReadUser
	 376: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_23:
	 377: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 378: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 379: StXMemDW dst: r7 src: r1 off: 112 imm: 0
	 380: StMemH dst: r7 src: r0 off: 10 imm: 10
	 381: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 382: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 383: MovReg dst: r9 src: r1
	 384: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 385: MovReg dst: r1 src: r9
	 386: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 387: SubReg dst: r1 src: r2
	 388: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_24>
	 389: MovReg dst: r2 src: r1
	 390: AddImm dst: r2 imm: 16
	 391: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 392: JGTReg dst: r2 off: -1 src: r3 <frame_read_24>
	 393: AddReg dst: r1 src: r8
	 394: AddImm dst: r1 imm: 180992
	 395: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 396: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 397: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 398: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 399: Ja off: -1 <frame_got_25>
frame_read_24:
	 400: MovReg dst: r1 src: r8
	 401: AddImm dst: r1 imm: 64
	 402: MovImm dst: r2 imm: 16
	 403: MovReg dst: r3 src: r9
	 404: Call FnProbeReadUser
	 405: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_25:
	 406: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 407: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 408: StXMemDW dst: r7 src: r1 off: 120 imm: 0
	 409: StMemH dst: r7 src: r0 off: 10 imm: 11
	 410: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 411: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 412: MovReg dst: r9 src: r1
	 413: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 414: MovReg dst: r1 src: r9
	 415: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 416: SubReg dst: r1 src: r2
	 417: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_26>
	 418: MovReg dst: r2 src: r1
	 419: AddImm dst: r2 imm: 16
	 420: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 421: JGTReg dst: r2 off: -1 src: r3 <frame_read_26>
	 422: AddReg dst: r1 src: r8
	 423: AddImm dst: r1 imm: 180992
	 424: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 425: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 426: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 427: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 428: Ja off: -1 <frame_got_27>
frame_read_26:
	 429: MovReg dst: r1 src: r8
	 430: AddImm dst: r1 imm: 64
	 431: MovImm dst: r2 imm: 16
	 432: MovReg dst: r3 src: r9
	 433: Call FnProbeReadUser
	 434: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_27:
	 435: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 436: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 437: StXMemDW dst: r7 src: r1 off: 128 imm: 0
	 438: StMemH dst: r7 src: r0 off: 10 imm: 12
	 439: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 440: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 441: MovReg dst: r9 src: r1
	 442: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 443: MovReg dst: r1 src: r9
	 444: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 445: SubReg dst: r1 src: r2
	 446: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_28>
	 447: MovReg dst: r2 src: r1
	 448: AddImm dst: r2 imm: 16
	 449: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 450: JGTReg dst: r2 off: -1 src: r3 <frame_read_28>
	 451: AddReg dst: r1 src: r8
	 452: AddImm dst: r1 imm: 180992
	 453: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 454: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 455: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 456: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 457: Ja off: -1 <frame_got_29>
frame_read_28:
	 458: MovReg dst: r1 src: r8
	 459: AddImm dst: r1 imm: 64
	 460: MovImm dst: r2 imm: 16
	 461: MovReg dst: r3 src: r9
	 462: Call FnProbeReadUser
	 463: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_29:
	 464: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 465: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 466: StXMemDW dst: r7 src: r1 off: 136 imm: 0
	 467: StMemH dst: r7 src: r0 off: 10 imm: 13
	 468: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 469: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 470: MovReg dst: r9 src: r1
	 471: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 472: MovReg dst: r1 src: r9
	 473: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 474: SubReg dst: r1 src: r2
	 475: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_30>
	 476: MovReg dst: r2 src: r1
	 477: AddImm dst: r2 imm: 16
	 478: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 479: JGTReg dst: r2 off: -1 src: r3 <frame_read_30>
	 480: AddReg dst: r1 src: r8
	 481: AddImm dst: r1 imm: 180992
	 482: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 483: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 484: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 485: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 486: Ja off: -1 <frame_got_31>
frame_read_30:
	 487: MovReg dst: r1 src: r8
	 488: AddImm dst: r1 imm: 64
	 489: MovImm dst: r2 imm: 16
	 490: MovReg dst: r3 src: r9
	 491: Call FnProbeReadUser
	 492: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_31:
	 493: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 494: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 495: StXMemDW dst: r7 src: r1 off: 144 imm: 0
	 496: StMemH dst: r7 src: r0 off: 10 imm: 14
	 497: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 498: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 499: MovReg dst: r9 src: r1
	 500: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 501: MovReg dst: r1 src: r9
	 502: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 503: SubReg dst: r1 src: r2
	 504: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_32>
	 505: MovReg dst: r2 src: r1
	 506: AddImm dst: r2 imm: 16
	 507: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 508: JGTReg dst: r2 off: -1 src: r3 <frame_read_32>
	 509: AddReg dst: r1 src: r8
	 510: AddImm dst: r1 imm: 180992
	 511: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 512: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 513: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 514: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 515: Ja off: -1 <frame_got_33>
frame_read_32:
	 516: MovReg dst: r1 src: r8
	 517: AddImm dst: r1 imm: 64
	 518: MovImm dst: r2 imm: 16
	 519: MovReg dst: r3 src: r9
	 520: Call FnProbeReadUser
	 521: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_33:
	 522: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 523: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 524: StXMemDW dst: r7 src: r1 off: 152 imm: 0
	 525: StMemH dst: r7 src: r0 off: 10 imm: 15
	 526: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 527: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 528: MovReg dst: r9 src: r1
	 529: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 530: MovReg dst: r1 src: r9
	 531: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 532: SubReg dst: r1 src: r2
	 533: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_34>
	 534: MovReg dst: r2 src: r1
	 535: AddImm dst: r2 imm: 16
	 536: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 537: JGTReg dst: r2 off: -1 src: r3 <frame_read_34>
	 538: AddReg dst: r1 src: r8
	 539: AddImm dst: r1 imm: 180992
	 540: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 541: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 542: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 543: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 544: Ja off: -1 <frame_got_35>
frame_read_34:
	 545: MovReg dst: r1 src: r8
	 546: AddImm dst: r1 imm: 64
	 547: MovImm dst: r2 imm: 16
	 548: MovReg dst: r3 src: r9
	 549: Call FnProbeReadUser
	 550: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_35:
	 551: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 552: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 553: StXMemDW dst: r7 src: r1 off: 160 imm: 0
	 554: StMemH dst: r7 src: r0 off: 10 imm: 16
	 555: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 556: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 557: MovReg dst: r9 src: r1
	 558: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 559: MovReg dst: r1 src: r9
	 560: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 561: SubReg dst: r1 src: r2
	 562: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_36>
	 563: MovReg dst: r2 src: r1
	 564: AddImm dst: r2 imm: 16
	 565: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 566: JGTReg dst: r2 off: -1 src: r3 <frame_read_36>
	 567: AddReg dst: r1 src: r8
	 568: AddImm dst: r1 imm: 180992
	 569: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 570: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 571: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 572: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 573: Ja off: -1 <frame_got_37>
frame_read_36:
	 574: MovReg dst: r1 src: r8
	 575: AddImm dst: r1 imm: 64
	 576: MovImm dst: r2 imm: 16
	 577: MovReg dst: r3 src: r9
	 578: Call FnProbeReadUser
	 579: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_37:
	 580: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 581: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 582: StXMemDW dst: r7 src: r1 off: 168 imm: 0
	 583: StMemH dst: r7 src: r0 off: 10 imm: 17
	 584: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 585: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 586: MovReg dst: r9 src: r1
	 587: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 588: MovReg dst: r1 src: r9
	 589: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 590: SubReg dst: r1 src: r2
	 591: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_38>
	 592: MovReg dst: r2 src: r1
	 593: AddImm dst: r2 imm: 16
	 594: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 595: JGTReg dst: r2 off: -1 src: r3 <frame_read_38>
	 596: AddReg dst: r1 src: r8
	 597: AddImm dst: r1 imm: 180992
	 598: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 599: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 600: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 601: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 602: Ja off: -1 <frame_got_39>
frame_read_38:
	 603: MovReg dst: r1 src: r8
	 604: AddImm dst: r1 imm: 64
	 605: MovImm dst: r2 imm: 16
	 606: MovReg dst: r3 src: r9
	 607: Call FnProbeReadUser
	 608: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_39:
	 609: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 610: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 611: StXMemDW dst: r7 src: r1 off: 176 imm: 0
	 612: StMemH dst: r7 src: r0 off: 10 imm: 18
	 613: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 614: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 615: MovReg dst: r9 src: r1
	 616: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 617: MovReg dst: r1 src: r9
	 618: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 619: SubReg dst: r1 src: r2
	 620: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_40>
	 621: MovReg dst: r2 src: r1
	 622: AddImm dst: r2 imm: 16
	 623: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 624: JGTReg dst: r2 off: -1 src: r3 <frame_read_40>
	 625: AddReg dst: r1 src: r8
	 626: AddImm dst: r1 imm: 180992
	 627: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 628: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 629: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 630: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 631: Ja off: -1 <frame_got_41>
frame_read_40:
	 632: MovReg dst: r1 src: r8
	 633: AddImm dst: r1 imm: 64
	 634: MovImm dst: r2 imm: 16
	 635: MovReg dst: r3 src: r9
	 636: Call FnProbeReadUser
	 637: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_41:
	 638: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 639: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 640: StXMemDW dst: r7 src: r1 off: 184 imm: 0
	 641: StMemH dst: r7 src: r0 off: 10 imm: 19
	 642: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 643: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 644: MovReg dst: r9 src: r1
	 645: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 646: MovReg dst: r1 src: r9
	 647: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 648: SubReg dst: r1 src: r2
	 649: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_42>
	 650: MovReg dst: r2 src: r1
	 651: AddImm dst: r2 imm: 16
	 652: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 653: JGTReg dst: r2 off: -1 src: r3 <frame_read_42>
	 654: AddReg dst: r1 src: r8
	 655: AddImm dst: r1 imm: 180992
	 656: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 657: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 658: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 659: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 660: Ja off: -1 <frame_got_43>
frame_read_42:
	 661: MovReg dst: r1 src: r8
	 662: AddImm dst: r1 imm: 64
	 663: MovImm dst: r2 imm: 16
	 664: MovReg dst: r3 src: r9
	 665: Call FnProbeReadUser
	 666: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_43:
	 667: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 668: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 669: StXMemDW dst: r7 src: r1 off: 192 imm: 0
	 670: StMemH dst: r7 src: r0 off: 10 imm: 20
	 671: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 672: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 673: MovReg dst: r9 src: r1
	 674: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 675: MovReg dst: r1 src: r9
	 676: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 677: SubReg dst: r1 src: r2
	 678: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_44>
	 679: MovReg dst: r2 src: r1
	 680: AddImm dst: r2 imm: 16
	 681: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 682: JGTReg dst: r2 off: -1 src: r3 <frame_read_44>
	 683: AddReg dst: r1 src: r8
	 684: AddImm dst: r1 imm: 180992
	 685: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 686: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 687: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 688: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 689: Ja off: -1 <frame_got_45>
frame_read_44:
	 690: MovReg dst: r1 src: r8
	 691: AddImm dst: r1 imm: 64
	 692: MovImm dst: r2 imm: 16
	 693: MovReg dst: r3 src: r9
	 694: Call FnProbeReadUser
	 695: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_45:
	 696: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 697: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 698: StXMemDW dst: r7 src: r1 off: 200 imm: 0
	 699: StMemH dst: r7 src: r0 off: 10 imm: 21
	 700: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 701: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 702: MovReg dst: r9 src: r1
	 703: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 704: MovReg dst: r1 src: r9
	 705: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 706: SubReg dst: r1 src: r2
	 707: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_46>
	 708: MovReg dst: r2 src: r1
	 709: AddImm dst: r2 imm: 16
	 710: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 711: JGTReg dst: r2 off: -1 src: r3 <frame_read_46>
	 712: AddReg dst: r1 src: r8
	 713: AddImm dst: r1 imm: 180992
	 714: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 715: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 716: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 717: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 718: Ja off: -1 <frame_got_47>
frame_read_46:
	 719: MovReg dst: r1 src: r8
	 720: AddImm dst: r1 imm: 64
	 721: MovImm dst: r2 imm: 16
	 722: MovReg dst: r3 src: r9
	 723: Call FnProbeReadUser
	 724: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_47:
	 725: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 726: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 727: StXMemDW dst: r7 src: r1 off: 208 imm: 0
	 728: StMemH dst: r7 src: r0 off: 10 imm: 22
	 729: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 730: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 731: MovReg dst: r9 src: r1
	 732: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 733: MovReg dst: r1 src: r9
	 734: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 735: SubReg dst: r1 src: r2
	 736: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_48>
	 737: MovReg dst: r2 src: r1
	 738: AddImm dst: r2 imm: 16
	 739: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 740: JGTReg dst: r2 off: -1 src: r3 <frame_read_48>
	 741: AddReg dst: r1 src: r8
	 742: AddImm dst: r1 imm: 180992
	 743: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 744: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 745: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 746: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 747: Ja off: -1 <frame_got_49>
frame_read_48:
	 748: MovReg dst: r1 src: r8
	 749: AddImm dst: r1 imm: 64
	 750: MovImm dst: r2 imm: 16
	 751: MovReg dst: r3 src: r9
	 752: Call FnProbeReadUser
	 753: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_49:
	 754: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 755: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 756: StXMemDW dst: r7 src: r1 off: 216 imm: 0
	 757: StMemH dst: r7 src: r0 off: 10 imm: 23
	 758: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 759: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 760: MovReg dst: r9 src: r1
	 761: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 762: MovReg dst: r1 src: r9
	 763: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 764: SubReg dst: r1 src: r2
	 765: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_50>
	 766: MovReg dst: r2 src: r1
	 767: AddImm dst: r2 imm: 16
	 768: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 769: JGTReg dst: r2 off: -1 src: r3 <frame_read_50>
	 770: AddReg dst: r1 src: r8
	 771: AddImm dst: r1 imm: 180992
	 772: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 773: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 774: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 775: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 776: Ja off: -1 <frame_got_51>
frame_read_50:
	 777: MovReg dst: r1 src: r8
	 778: AddImm dst: r1 imm: 64
	 779: MovImm dst: r2 imm: 16
	 780: MovReg dst: r3 src: r9
	 781: Call FnProbeReadUser
	 782: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_51:
	 783: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 784: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 785: StXMemDW dst: r7 src: r1 off: 224 imm: 0
	 786: StMemH dst: r7 src: r0 off: 10 imm: 24
	 787: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 788: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 789: MovReg dst: r9 src: r1
	 790: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 791: MovReg dst: r1 src: r9
	 792: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 793: SubReg dst: r1 src: r2
	 794: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_52>
	 795: MovReg dst: r2 src: r1
	 796: AddImm dst: r2 imm: 16
	 797: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 798: JGTReg dst: r2 off: -1 src: r3 <frame_read_52>
	 799: AddReg dst: r1 src: r8
	 800: AddImm dst: r1 imm: 180992
	 801: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 802: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 803: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 804: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 805: Ja off: -1 <frame_got_53>
frame_read_52:
	 806: MovReg dst: r1 src: r8
	 807: AddImm dst: r1 imm: 64
	 808: MovImm dst: r2 imm: 16
	 809: MovReg dst: r3 src: r9
	 810: Call FnProbeReadUser
	 811: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_53:
	 812: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 813: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 814: StXMemDW dst: r7 src: r1 off: 232 imm: 0
	 815: StMemH dst: r7 src: r0 off: 10 imm: 25
	 816: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 817: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 818: MovReg dst: r9 src: r1
	 819: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 820: MovReg dst: r1 src: r9
	 821: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 822: SubReg dst: r1 src: r2
	 823: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_54>
	 824: MovReg dst: r2 src: r1
	 825: AddImm dst: r2 imm: 16
	 826: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 827: JGTReg dst: r2 off: -1 src: r3 <frame_read_54>
	 828: AddReg dst: r1 src: r8
	 829: AddImm dst: r1 imm: 180992
	 830: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 831: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 832: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 833: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 834: Ja off: -1 <frame_got_55>
frame_read_54:
	 835: MovReg dst: r1 src: r8
	 836: AddImm dst: r1 imm: 64
	 837: MovImm dst: r2 imm: 16
	 838: MovReg dst: r3 src: r9
	 839: Call FnProbeReadUser
	 840: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_55:
	 841: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 842: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 843: StXMemDW dst: r7 src: r1 off: 240 imm: 0
	 844: StMemH dst: r7 src: r0 off: 10 imm: 26
	 845: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 846: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 847: MovReg dst: r9 src: r1
	 848: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 849: MovReg dst: r1 src: r9
	 850: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 851: SubReg dst: r1 src: r2
	 852: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_56>
	 853: MovReg dst: r2 src: r1
	 854: AddImm dst: r2 imm: 16
	 855: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 856: JGTReg dst: r2 off: -1 src: r3 <frame_read_56>
	 857: AddReg dst: r1 src: r8
	 858: AddImm dst: r1 imm: 180992
	 859: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 860: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 861: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 862: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 863: Ja off: -1 <frame_got_57>
frame_read_56:
	 864: MovReg dst: r1 src: r8
	 865: AddImm dst: r1 imm: 64
	 866: MovImm dst: r2 imm: 16
	 867: MovReg dst: r3 src: r9
	 868: Call FnProbeReadUser
	 869: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_57:
	 870: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 871: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 872: StXMemDW dst: r7 src: r1 off: 248 imm: 0
	 873: StMemH dst: r7 src: r0 off: 10 imm: 27
	 874: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 875: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 876: MovReg dst: r9 src: r1
	 877: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 878: MovReg dst: r1 src: r9
	 879: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 880: SubReg dst: r1 src: r2
	 881: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_58>
	 882: MovReg dst: r2 src: r1
	 883: AddImm dst: r2 imm: 16
	 884: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 885: JGTReg dst: r2 off: -1 src: r3 <frame_read_58>
	 886: AddReg dst: r1 src: r8
	 887: AddImm dst: r1 imm: 180992
	 888: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 889: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 890: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 891: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 892: Ja off: -1 <frame_got_59>
frame_read_58:
	 893: MovReg dst: r1 src: r8
	 894: AddImm dst: r1 imm: 64
	 895: MovImm dst: r2 imm: 16
	 896: MovReg dst: r3 src: r9
	 897: Call FnProbeReadUser
	 898: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_59:
	 899: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 900: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 901: StXMemDW dst: r7 src: r1 off: 256 imm: 0
	 902: StMemH dst: r7 src: r0 off: 10 imm: 28
	 903: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 904: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 905: MovReg dst: r9 src: r1
	 906: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 907: MovReg dst: r1 src: r9
	 908: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 909: SubReg dst: r1 src: r2
	 910: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_60>
	 911: MovReg dst: r2 src: r1
	 912: AddImm dst: r2 imm: 16
	 913: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 914: JGTReg dst: r2 off: -1 src: r3 <frame_read_60>
	 915: AddReg dst: r1 src: r8
	 916: AddImm dst: r1 imm: 180992
	 917: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 918: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 919: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 920: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 921: Ja off: -1 <frame_got_61>
frame_read_60:
	 922: MovReg dst: r1 src: r8
	 923: AddImm dst: r1 imm: 64
	 924: MovImm dst: r2 imm: 16
	 925: MovReg dst: r3 src: r9
	 926: Call FnProbeReadUser
	 927: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_61:
	 928: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 929: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 930: StXMemDW dst: r7 src: r1 off: 264 imm: 0
	 931: StMemH dst: r7 src: r0 off: 10 imm: 29
	 932: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 933: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 934: MovReg dst: r9 src: r1
	 935: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 936: MovReg dst: r1 src: r9
	 937: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 938: SubReg dst: r1 src: r2
	 939: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_62>
	 940: MovReg dst: r2 src: r1
	 941: AddImm dst: r2 imm: 16
	 942: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 943: JGTReg dst: r2 off: -1 src: r3 <frame_read_62>
	 944: AddReg dst: r1 src: r8
	 945: AddImm dst: r1 imm: 180992
	 946: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 947: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 948: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 949: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 950: Ja off: -1 <frame_got_63>
frame_read_62:
	 951: MovReg dst: r1 src: r8
	 952: AddImm dst: r1 imm: 64
	 953: MovImm dst: r2 imm: 16
	 954: MovReg dst: r3 src: r9
	 955: Call FnProbeReadUser
	 956: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_63:
	 957: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 958: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 959: StXMemDW dst: r7 src: r1 off: 272 imm: 0
	 960: StMemH dst: r7 src: r0 off: 10 imm: 30
	 961: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 962: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 963: MovReg dst: r9 src: r1
	 964: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 965: MovReg dst: r1 src: r9
	 966: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 967: SubReg dst: r1 src: r2
	 968: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_64>
	 969: MovReg dst: r2 src: r1
	 970: AddImm dst: r2 imm: 16
	 971: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 972: JGTReg dst: r2 off: -1 src: r3 <frame_read_64>
	 973: AddReg dst: r1 src: r8
	 974: AddImm dst: r1 imm: 180992
	 975: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 976: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 977: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 978: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 979: Ja off: -1 <frame_got_65>
frame_read_64:
	 980: MovReg dst: r1 src: r8
	 981: AddImm dst: r1 imm: 64
	 982: MovImm dst: r2 imm: 16
	 983: MovReg dst: r3 src: r9
	 984: Call FnProbeReadUser
	 985: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_65:
	 986: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 987: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 988: StXMemDW dst: r7 src: r1 off: 280 imm: 0
	 989: StMemH dst: r7 src: r0 off: 10 imm: 31
	 990: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 991: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 992: MovReg dst: r9 src: r1
	 993: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 994: MovReg dst: r1 src: r9
	 995: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 996: SubReg dst: r1 src: r2
	 997: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_66>
	 998: MovReg dst: r2 src: r1
	 999: AddImm dst: r2 imm: 16
	1000: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	1001: JGTReg dst: r2 off: -1 src: r3 <frame_read_66>
	1002: AddReg dst: r1 src: r8
	1003: AddImm dst: r1 imm: 180992
	1004: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	1005: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	1006: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	1007: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	1008: Ja off: -1 <frame_got_67>
frame_read_66:
	1009: MovReg dst: r1 src: r8
	1010: AddImm dst: r1 imm: 64
	1011: MovImm dst: r2 imm: 16
	1012: MovReg dst: r3 src: r9
	1013: Call FnProbeReadUser
	1014: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_67:
	1015: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	1016: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	1017: StXMemDW dst: r7 src: r1 off: 288 imm: 0
	1018: StMemH dst: r7 src: r0 off: 10 imm: 32
	1019: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	1020: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	1021: MovReg dst: r9 src: r1
	1022: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	1023: LdXMemW dst: r1 src: r8 off: 16 imm: 0
	1024: OrImm dst: r1 imm: 2
	1025: StXMemW dst: r8 src: r1 off: 16 imm: 0
stack_done:
	1026: MovReg dst: r9 src: r7
	1027: AddImm dst: r9 imm: 296
	1028: StMemW dst: r9 src: r0 off: 0 imm: 1
	1029: StMemDW dst: r9 src: r0 off: 8 imm: 0
	1030: StMemW dst: r9 src: r0 off: 4 imm: 0
	1031: StMemW dst: r9 src: r0 off: 16 imm: 8
	1032: StMemW dst: r9 src: r0 off: 20 imm: 8
	1033: LdXMemDW dst: r2 src: r6 off: 80 imm: 0
	1034: MovReg dst: r1 src: r9
	1035: AddImm dst: r1 imm: 24
	1036: StXMemDW dst: r1 src: r2 off: 0 imm: 0
emit:
	1037: LdXMemW dst: r3 src: r8 off: 8 imm: 0
	1038: StXMemW dst: r7 src: r3 off: 0 imm: 0
	1039: LdXMemW dst: r1 src: r8 off: 12 imm: 0
	1040: StXMemW dst: r7 src: r1 off: 12 imm: 0
	1041: LdXMemW dst: r1 src: r8 off: 16 imm: 0
	1042: StXMemB dst: r7 src: r1 off: 9 imm: 0
	1043: LdXMemW dst: r1 src: r8 off: 4 imm: 0
	1044: MovImm dst: r4 imm: 1
	1045: AndImm dst: r1 imm: 15
	1046: JNEImm dst: r1 off: -1 imm: 0 <wake_chosen>
	1047: LoadMapPtr dst: r1 fd: 7
	1049: MovImm dst: r2 imm: 0
	1050: Call FnRingbufQuery
	1051: MovImm dst: r4 imm: 1
	1052: JLTImm dst: r0 off: -1 imm: 8388608 <wake_chosen>
	1053: MovImm dst: r4 imm: 2
wake_chosen:
	1054: LoadMapPtr dst: r1 fd: 7
	1056: MovReg dst: r2 src: r7
	1057: LdXMemW dst: r3 src: r8 off: 8 imm: 0
	1058: AndImm dst: r3 imm: 65535
	1059: Call FnRingbufOutput
	1060: StMemW dst: r8 src: r0 off: 0 imm: 0
	1061: JEqImm dst: r0 off: -1 imm: 0 <exit>
drop_unowned:
	1062: MovImm dst: r1 imm: 2
	1063: StXMemW dst: rfp src: r1 off: -8 imm: 0
	1064: LoadMapPtr dst: r1 fd: 8
	1066: MovReg dst: r2 src: rfp
	1067: AddImm dst: r2 imm: -8
	1068: Call FnMapLookupElem
	1069: JEqImm dst: r0 off: -1 imm: 0 <exit>
	1070: MovImm dst: r1 imm: 1
	1071: StXAtomicAddDW dst: r0 src: r1 off: 0
exit:
	1072: MovImm dst: r0 imm: 0
	1073: Exit
