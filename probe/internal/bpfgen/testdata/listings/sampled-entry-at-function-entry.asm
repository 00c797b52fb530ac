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
	  97: LdXMemDW dst: r1 src: r7 off: 24 imm: 0
	  98: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	  99: StXMemDW dst: r7 src: r1 off: 32 imm: 0
	 100: LoadMapPtr dst: r1 fd: 6
	 102: MovReg dst: r2 src: rfp
	 103: AddImm dst: r2 imm: -32
	 104: MovReg dst: r3 src: rfp
	 105: AddImm dst: r3 imm: -40
	 106: MovImm dst: r4 imm: 0
	 107: Call FnMapUpdateElem
call_done:
	 108: MovReg dst: r1 src: r6
	 109: Call FnGetAttachCookie
	 110: StXMemDW dst: r7 src: r0 off: 40 imm: 0
	 111: StMemH dst: r7 src: r0 off: 10 imm: 1
	 112: LdXMemDW dst: r2 src: r8 off: 128 imm: 0
	 113: LdXMemDW dst: r3 src: r6 off: 152 imm: 0
	 114: SubReg dst: r2 src: r3
	 115: JSLTImm dst: r2 off: -1 imm: 0 <window_none>
	 116: JLEImm dst: r2 off: -1 imm: 2048 <window_sized>
	 117: MovImm dst: r2 imm: 2048
	 118: Ja off: -1 <window_sized>
window_none:
	 119: MovImm dst: r2 imm: 0
window_sized:
	 120: StXMemDW dst: r8 src: r2 off: 56 imm: 0
	 121: MovReg dst: r1 src: r8
	 122: AddImm dst: r1 imm: 180992
	 123: Call FnProbeReadUser
	 124: JEqImm dst: r0 off: -1 imm: 0 <window_read>
	 125: StMemDW dst: r8 src: r0 off: 56 imm: 0
window_read:
	 126: LdXMemDW dst: r9 src: r6 off: 152 imm: 0
	 127: MovReg dst: r1 src: r9
	 128: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 129: SubReg dst: r1 src: r2
	 130: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_6>
	 131: MovReg dst: r2 src: r1
	 132: AddImm dst: r2 imm: 16
	 133: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 134: JGTReg dst: r2 off: -1 src: r3 <frame_read_6>
	 135: AddReg dst: r1 src: r8
	 136: AddImm dst: r1 imm: 180992
	 137: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 138: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 139: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 140: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 141: Ja off: -1 <frame_got_7>
frame_read_6:
	 142: MovReg dst: r1 src: r8
	 143: AddImm dst: r1 imm: 64
	 144: MovImm dst: r2 imm: 16
	 145: MovReg dst: r3 src: r9
	 146: Call FnProbeReadUser
	 147: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_7:
	 148: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 149: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 150: StXMemDW dst: r7 src: r1 off: 48 imm: 0
	 151: LdXMemDW dst: r9 src: r6 off: 32 imm: 0
	 152: StMemH dst: r7 src: r0 off: 10 imm: 2
	 153: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 154: MovReg dst: r1 src: r9
	 155: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 156: SubReg dst: r1 src: r2
	 157: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_8>
	 158: MovReg dst: r2 src: r1
	 159: AddImm dst: r2 imm: 16
	 160: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 161: JGTReg dst: r2 off: -1 src: r3 <frame_read_8>
	 162: AddReg dst: r1 src: r8
	 163: AddImm dst: r1 imm: 180992
	 164: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 165: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 166: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 167: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 168: Ja off: -1 <frame_got_9>
frame_read_8:
	 169: MovReg dst: r1 src: r8
	 170: AddImm dst: r1 imm: 64
	 171: MovImm dst: r2 imm: 16
	 172: MovReg dst: r3 src: r9
	 173: Call FnProbeReadUser
	 174: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_9:
	 175: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 176: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 177: StXMemDW dst: r7 src: r1 off: 56 imm: 0
	 178: StMemH dst: r7 src: r0 off: 10 imm: 3
	 179: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 180: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 181: MovReg dst: r9 src: r1
	 182: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 183: MovReg dst: r1 src: r9
	 184: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 185: SubReg dst: r1 src: r2
	 186: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_10>
	 187: MovReg dst: r2 src: r1
	 188: AddImm dst: r2 imm: 16
	 189: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 190: JGTReg dst: r2 off: -1 src: r3 <frame_read_10>
	 191: AddReg dst: r1 src: r8
	 192: AddImm dst: r1 imm: 180992
	 193: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 194: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 195: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 196: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 197: Ja off: -1 <frame_got_11>
frame_read_10:
	 198: MovReg dst: r1 src: r8
	 199: AddImm dst: r1 imm: 64
	 200: MovImm dst: r2 imm: 16
	 201: MovReg dst: r3 src: r9
	 202: Call FnProbeReadUser
	 203: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_11:
	 204: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 205: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 206: StXMemDW dst: r7 src: r1 off: 64 imm: 0
	 207: StMemH dst: r7 src: r0 off: 10 imm: 4
	 208: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 209: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 210: MovReg dst: r9 src: r1
	 211: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 212: MovReg dst: r1 src: r9
	 213: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 214: SubReg dst: r1 src: r2
	 215: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_12>
	 216: MovReg dst: r2 src: r1
	 217: AddImm dst: r2 imm: 16
	 218: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 219: JGTReg dst: r2 off: -1 src: r3 <frame_read_12>
	 220: AddReg dst: r1 src: r8
	 221: AddImm dst: r1 imm: 180992
	 222: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 223: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 224: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 225: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 226: Ja off: -1 <frame_got_13>
frame_read_12:
	 227: MovReg dst: r1 src: r8
	 228: AddImm dst: r1 imm: 64
	 229: MovImm dst: r2 imm: 16
	 230: MovReg dst: r3 src: r9
	 231: Call FnProbeReadUser
	 232: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_13:
	 233: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 234: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 235: StXMemDW dst: r7 src: r1 off: 72 imm: 0
	 236: StMemH dst: r7 src: r0 off: 10 imm: 5
	 237: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 238: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 239: MovReg dst: r9 src: r1
	 240: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 241: MovReg dst: r1 src: r9
	 242: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 243: SubReg dst: r1 src: r2
	 244: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_14>
	 245: MovReg dst: r2 src: r1
	 246: AddImm dst: r2 imm: 16
	 247: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 248: JGTReg dst: r2 off: -1 src: r3 <frame_read_14>
	 249: AddReg dst: r1 src: r8
	 250: AddImm dst: r1 imm: 180992
	 251: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 252: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 253: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 254: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 255: Ja off: -1 <frame_got_15>
frame_read_14:
	 256: MovReg dst: r1 src: r8
	 257: AddImm dst: r1 imm: 64
	 258: MovImm dst: r2 imm: 16
	 259: MovReg dst: r3 src: r9
	 260: Call FnProbeReadUser
	 261: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_15:
	 262: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 263: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 264: StXMemDW dst: r7 src: r1 off: 80 imm: 0
	 265: StMemH dst: r7 src: r0 off: 10 imm: 6
	 266: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 267: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 268: MovReg dst: r9 src: r1
	 269: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 270: MovReg dst: r1 src: r9
	 271: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 272: SubReg dst: r1 src: r2
	 273: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_16>
	 274: MovReg dst: r2 src: r1
	 275: AddImm dst: r2 imm: 16
	 276: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 277: JGTReg dst: r2 off: -1 src: r3 <frame_read_16>
	 278: AddReg dst: r1 src: r8
	 279: AddImm dst: r1 imm: 180992
	 280: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 281: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 282: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 283: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 284: Ja off: -1 <frame_got_17>
frame_read_16:
	 285: MovReg dst: r1 src: r8
	 286: AddImm dst: r1 imm: 64
	 287: MovImm dst: r2 imm: 16
	 288: MovReg dst: r3 src: r9
	 289: Call FnProbeReadUser
	 290: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_17:
	 291: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 292: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 293: StXMemDW dst: r7 src: r1 off: 88 imm: 0
	 294: StMemH dst: r7 src: r0 off: 10 imm: 7
	 295: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 296: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 297: MovReg dst: r9 src: r1
	 298: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 299: MovReg dst: r1 src: r9
	 300: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 301: SubReg dst: r1 src: r2
	 302: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_18>
	 303: MovReg dst: r2 src: r1
	 304: AddImm dst: r2 imm: 16
	 305: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 306: JGTReg dst: r2 off: -1 src: r3 <frame_read_18>
	 307: AddReg dst: r1 src: r8
	 308: AddImm dst: r1 imm: 180992
	 309: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 310: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 311: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 312: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 313: Ja off: -1 <frame_got_19>
frame_read_18:
	 314: MovReg dst: r1 src: r8
	 315: AddImm dst: r1 imm: 64
	 316: MovImm dst: r2 imm: 16
	 317: MovReg dst: r3 src: r9
	 318: Call FnProbeReadUser
	 319: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_19:
	 320: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 321: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 322: StXMemDW dst: r7 src: r1 off: 96 imm: 0
	 323: StMemH dst: r7 src: r0 off: 10 imm: 8
	 324: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 325: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 326: MovReg dst: r9 src: r1
	 327: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 328: MovReg dst: r1 src: r9
	 329: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 330: SubReg dst: r1 src: r2
	 331: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_20>
	 332: MovReg dst: r2 src: r1
	 333: AddImm dst: r2 imm: 16
	 334: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 335: JGTReg dst: r2 off: -1 src: r3 <frame_read_20>
	 336: AddReg dst: r1 src: r8
	 337: AddImm dst: r1 imm: 180992
	 338: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 339: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 340: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 341: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 342: Ja off: -1 <frame_got_21>
frame_read_20:
	 343: MovReg dst: r1 src: r8
	 344: AddImm dst: r1 imm: 64
	 345: MovImm dst: r2 imm: 16
	 346: MovReg dst: r3 src: r9
	 347: Call FnProbeReadUser
	 348: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_21:
	 349: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 350: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 351: StXMemDW dst: r7 src: r1 off: 104 imm: 0
	 352: StMemH dst: r7 src: r0 off: 10 imm: 9
	 353: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 354: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 355: MovReg dst: r9 src: r1
	 356: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 357: MovReg dst: r1 src: r9
	 358: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 359: SubReg dst: r1 src: r2
	 360: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_22>
	 361: MovReg dst: r2 src: r1
	 362: AddImm dst: r2 imm: 16
	 363: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 364: JGTReg dst: r2 off: -1 src: r3 <frame_read_22>
	 365: AddReg dst: r1 src: r8
	 366: AddImm dst: r1 imm: 180992
	 367: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 368: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 369: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 370: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 371: Ja off: -1 <frame_got_23>
frame_read_22:
	 372: MovReg dst: r1 src: r8
	 373: AddImm dst: r1 imm: 64
	 374: MovImm dst: r2 imm: 16
	 375: MovReg dst: r3 src: r9
	 376: Call FnProbeReadUser
	 377: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_23:
	 378: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 379: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 380: StXMemDW dst: r7 src: r1 off: 112 imm: 0
	 381: StMemH dst: r7 src: r0 off: 10 imm: 10
	 382: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 383: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 384: MovReg dst: r9 src: r1
	 385: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 386: MovReg dst: r1 src: r9
	 387: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 388: SubReg dst: r1 src: r2
	 389: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_24>
	 390: MovReg dst: r2 src: r1
	 391: AddImm dst: r2 imm: 16
	 392: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 393: JGTReg dst: r2 off: -1 src: r3 <frame_read_24>
	 394: AddReg dst: r1 src: r8
	 395: AddImm dst: r1 imm: 180992
	 396: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 397: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 398: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 399: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 400: Ja off: -1 <frame_got_25>
frame_read_24:
	 401: MovReg dst: r1 src: r8
	 402: AddImm dst: r1 imm: 64
	 403: MovImm dst: r2 imm: 16
	 404: MovReg dst: r3 src: r9
	 405: Call FnProbeReadUser
	 406: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_25:
	 407: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 408: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 409: StXMemDW dst: r7 src: r1 off: 120 imm: 0
	 410: StMemH dst: r7 src: r0 off: 10 imm: 11
	 411: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 412: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 413: MovReg dst: r9 src: r1
	 414: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 415: MovReg dst: r1 src: r9
	 416: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 417: SubReg dst: r1 src: r2
	 418: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_26>
	 419: MovReg dst: r2 src: r1
	 420: AddImm dst: r2 imm: 16
	 421: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 422: JGTReg dst: r2 off: -1 src: r3 <frame_read_26>
	 423: AddReg dst: r1 src: r8
	 424: AddImm dst: r1 imm: 180992
	 425: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 426: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 427: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 428: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 429: Ja off: -1 <frame_got_27>
frame_read_26:
	 430: MovReg dst: r1 src: r8
	 431: AddImm dst: r1 imm: 64
	 432: MovImm dst: r2 imm: 16
	 433: MovReg dst: r3 src: r9
	 434: Call FnProbeReadUser
	 435: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_27:
	 436: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 437: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 438: StXMemDW dst: r7 src: r1 off: 128 imm: 0
	 439: StMemH dst: r7 src: r0 off: 10 imm: 12
	 440: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 441: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 442: MovReg dst: r9 src: r1
	 443: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 444: MovReg dst: r1 src: r9
	 445: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 446: SubReg dst: r1 src: r2
	 447: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_28>
	 448: MovReg dst: r2 src: r1
	 449: AddImm dst: r2 imm: 16
	 450: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 451: JGTReg dst: r2 off: -1 src: r3 <frame_read_28>
	 452: AddReg dst: r1 src: r8
	 453: AddImm dst: r1 imm: 180992
	 454: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 455: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 456: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 457: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 458: Ja off: -1 <frame_got_29>
frame_read_28:
	 459: MovReg dst: r1 src: r8
	 460: AddImm dst: r1 imm: 64
	 461: MovImm dst: r2 imm: 16
	 462: MovReg dst: r3 src: r9
	 463: Call FnProbeReadUser
	 464: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_29:
	 465: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 466: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 467: StXMemDW dst: r7 src: r1 off: 136 imm: 0
	 468: StMemH dst: r7 src: r0 off: 10 imm: 13
	 469: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 470: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 471: MovReg dst: r9 src: r1
	 472: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 473: MovReg dst: r1 src: r9
	 474: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 475: SubReg dst: r1 src: r2
	 476: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_30>
	 477: MovReg dst: r2 src: r1
	 478: AddImm dst: r2 imm: 16
	 479: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 480: JGTReg dst: r2 off: -1 src: r3 <frame_read_30>
	 481: AddReg dst: r1 src: r8
	 482: AddImm dst: r1 imm: 180992
	 483: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 484: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 485: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 486: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 487: Ja off: -1 <frame_got_31>
frame_read_30:
	 488: MovReg dst: r1 src: r8
	 489: AddImm dst: r1 imm: 64
	 490: MovImm dst: r2 imm: 16
	 491: MovReg dst: r3 src: r9
	 492: Call FnProbeReadUser
	 493: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_31:
	 494: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 495: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 496: StXMemDW dst: r7 src: r1 off: 144 imm: 0
	 497: StMemH dst: r7 src: r0 off: 10 imm: 14
	 498: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 499: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 500: MovReg dst: r9 src: r1
	 501: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 502: MovReg dst: r1 src: r9
	 503: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 504: SubReg dst: r1 src: r2
	 505: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_32>
	 506: MovReg dst: r2 src: r1
	 507: AddImm dst: r2 imm: 16
	 508: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 509: JGTReg dst: r2 off: -1 src: r3 <frame_read_32>
	 510: AddReg dst: r1 src: r8
	 511: AddImm dst: r1 imm: 180992
	 512: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 513: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 514: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 515: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 516: Ja off: -1 <frame_got_33>
frame_read_32:
	 517: MovReg dst: r1 src: r8
	 518: AddImm dst: r1 imm: 64
	 519: MovImm dst: r2 imm: 16
	 520: MovReg dst: r3 src: r9
	 521: Call FnProbeReadUser
	 522: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_33:
	 523: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 524: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 525: StXMemDW dst: r7 src: r1 off: 152 imm: 0
	 526: StMemH dst: r7 src: r0 off: 10 imm: 15
	 527: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 528: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 529: MovReg dst: r9 src: r1
	 530: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 531: MovReg dst: r1 src: r9
	 532: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 533: SubReg dst: r1 src: r2
	 534: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_34>
	 535: MovReg dst: r2 src: r1
	 536: AddImm dst: r2 imm: 16
	 537: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 538: JGTReg dst: r2 off: -1 src: r3 <frame_read_34>
	 539: AddReg dst: r1 src: r8
	 540: AddImm dst: r1 imm: 180992
	 541: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 542: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 543: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 544: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 545: Ja off: -1 <frame_got_35>
frame_read_34:
	 546: MovReg dst: r1 src: r8
	 547: AddImm dst: r1 imm: 64
	 548: MovImm dst: r2 imm: 16
	 549: MovReg dst: r3 src: r9
	 550: Call FnProbeReadUser
	 551: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_35:
	 552: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 553: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 554: StXMemDW dst: r7 src: r1 off: 160 imm: 0
	 555: StMemH dst: r7 src: r0 off: 10 imm: 16
	 556: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 557: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 558: MovReg dst: r9 src: r1
	 559: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 560: LdXMemW dst: r1 src: r8 off: 16 imm: 0
	 561: OrImm dst: r1 imm: 2
	 562: StXMemW dst: r8 src: r1 off: 16 imm: 0
stack_done:
	 563: MovReg dst: r9 src: r7
	 564: AddImm dst: r9 imm: 168
	 565: StMemW dst: r9 src: r0 off: 0 imm: 1
	 566: StMemDW dst: r9 src: r0 off: 8 imm: 0
	 567: StMemW dst: r9 src: r0 off: 4 imm: 0
	 568: StMemW dst: r9 src: r0 off: 16 imm: 8
	 569: StMemW dst: r9 src: r0 off: 20 imm: 8
	 570: LdXMemDW dst: r2 src: r6 off: 80 imm: 0
	 571: MovReg dst: r1 src: r9
	 572: AddImm dst: r1 imm: 24
	 573: StXMemDW dst: r1 src: r2 off: 0 imm: 0
emit:
	 574: LdXMemW dst: r3 src: r8 off: 8 imm: 0
	 575: StXMemW dst: r7 src: r3 off: 0 imm: 0
	 576: LdXMemW dst: r1 src: r8 off: 12 imm: 0
	 577: StXMemH dst: r7 src: r1 off: 12 imm: 0
	 578: LdXMemW dst: r1 src: r8 off: 16 imm: 0
	 579: StXMemB dst: r7 src: r1 off: 9 imm: 0
	 580: LdXMemW dst: r1 src: r8 off: 4 imm: 0
	 581: MovImm dst: r4 imm: 1
	 582: AndImm dst: r1 imm: 15
	 583: JNEImm dst: r1 off: -1 imm: 0 <wake_chosen>
	 584: LoadMapPtr dst: r1 fd: 7
	 586: MovImm dst: r2 imm: 0
	 587: Call FnRingbufQuery
	 588: MovImm dst: r4 imm: 1
	 589: JLTImm dst: r0 off: -1 imm: 8388608 <wake_chosen>
	 590: MovImm dst: r4 imm: 2
wake_chosen:
	 591: LoadMapPtr dst: r1 fd: 7
	 593: MovReg dst: r2 src: r7
	 594: LdXMemW dst: r3 src: r8 off: 8 imm: 0
	 595: AndImm dst: r3 imm: 65535
	 596: Call FnRingbufOutput
	 597: StMemW dst: r8 src: r0 off: 0 imm: 0
	 598: JEqImm dst: r0 off: -1 imm: 0 <exit>
drop_unowned:
	 599: MovImm dst: r1 imm: 2
	 600: StXMemW dst: rfp src: r1 off: -8 imm: 0
	 601: LoadMapPtr dst: r1 fd: 8
	 603: MovReg dst: r2 src: rfp
	 604: AddImm dst: r2 imm: -8
	 605: Call FnMapLookupElem
	 606: JEqImm dst: r0 off: -1 imm: 0 <exit>
	 607: MovImm dst: r1 imm: 1
	 608: StXAtomicAddDW dst: r0 src: r1 off: 0
exit:
	 609: MovImm dst: r0 imm: 0
	 610: Exit
