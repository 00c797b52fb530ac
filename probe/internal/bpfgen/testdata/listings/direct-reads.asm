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
	  19: StMemW dst: r8 src: r0 off: 8 imm: 288
	  20: StMemW dst: r8 src: r0 off: 80 imm: 288
	  21: StMemW dst: r8 src: r0 off: 12 imm: 3
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
	  55: Call FnKtimeGetNs
	  56: StXMemDW dst: r7 src: r0 off: 24 imm: 0
	  57: MovReg dst: r1 src: r6
	  58: Call FnGetAttachCookie
	  59: StXMemDW dst: r7 src: r0 off: 40 imm: 0
	  60: StMemH dst: r7 src: r0 off: 10 imm: 1
	  61: LdXMemDW dst: r2 src: r8 off: 128 imm: 0
	  62: LdXMemDW dst: r3 src: r6 off: 152 imm: 0
	  63: SubReg dst: r2 src: r3
	  64: JSLTImm dst: r2 off: -1 imm: 0 <window_none>
	  65: JLEImm dst: r2 off: -1 imm: 2048 <window_sized>
	  66: MovImm dst: r2 imm: 2048
	  67: Ja off: -1 <window_sized>
window_none:
	  68: MovImm dst: r2 imm: 0
window_sized:
	  69: StXMemDW dst: r8 src: r2 off: 56 imm: 0
	  70: MovReg dst: r1 src: r8
	  71: AddImm dst: r1 imm: 180992
	  72: Call FnProbeReadUser
	  73: JEqImm dst: r0 off: -1 imm: 0 <window_read>
	  74: StMemDW dst: r8 src: r0 off: 56 imm: 0
window_read:
	  75: LdXMemDW dst: r9 src: r6 off: 152 imm: 0
	  76: MovReg dst: r1 src: r9
	  77: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	  78: SubReg dst: r1 src: r2
	  79: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_2>
	  80: MovReg dst: r2 src: r1
	  81: AddImm dst: r2 imm: 16
	  82: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	  83: JGTReg dst: r2 off: -1 src: r3 <frame_read_2>
	  84: AddReg dst: r1 src: r8
	  85: AddImm dst: r1 imm: 180992
	  86: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	  87: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	  88: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	  89: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	  90: Ja off: -1 <frame_got_3>
frame_read_2:
	  91: MovReg dst: r1 src: r8
	  92: AddImm dst: r1 imm: 64
	  93: MovImm dst: r2 imm: 16
	  94: MovReg dst: r3 src: r9
	  95: Call FnProbeReadUser
	  96: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_3:
	  97: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	  98: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	  99: StXMemDW dst: r7 src: r1 off: 48 imm: 0
	 100: LdXMemDW dst: r9 src: r6 off: 32 imm: 0
	 101: StMemH dst: r7 src: r0 off: 10 imm: 2
	 102: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 103: MovReg dst: r1 src: r9
	 104: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 105: SubReg dst: r1 src: r2
	 106: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_4>
	 107: MovReg dst: r2 src: r1
	 108: AddImm dst: r2 imm: 16
	 109: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 110: JGTReg dst: r2 off: -1 src: r3 <frame_read_4>
	 111: AddReg dst: r1 src: r8
	 112: AddImm dst: r1 imm: 180992
	 113: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 114: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 115: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 116: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 117: Ja off: -1 <frame_got_5>
frame_read_4:
	 118: MovReg dst: r1 src: r8
	 119: AddImm dst: r1 imm: 64
	 120: MovImm dst: r2 imm: 16
	 121: MovReg dst: r3 src: r9
	 122: Call FnProbeReadUser
	 123: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_5:
	 124: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 125: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 126: StXMemDW dst: r7 src: r1 off: 56 imm: 0
	 127: StMemH dst: r7 src: r0 off: 10 imm: 3
	 128: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 129: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 130: MovReg dst: r9 src: r1
	 131: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 132: MovReg dst: r1 src: r9
	 133: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 134: SubReg dst: r1 src: r2
	 135: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_6>
	 136: MovReg dst: r2 src: r1
	 137: AddImm dst: r2 imm: 16
	 138: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 139: JGTReg dst: r2 off: -1 src: r3 <frame_read_6>
	 140: AddReg dst: r1 src: r8
	 141: AddImm dst: r1 imm: 180992
	 142: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 143: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 144: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 145: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 146: Ja off: -1 <frame_got_7>
frame_read_6:
	 147: MovReg dst: r1 src: r8
	 148: AddImm dst: r1 imm: 64
	 149: MovImm dst: r2 imm: 16
	 150: MovReg dst: r3 src: r9
	 151: Call FnProbeReadUser
	 152: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_7:
	 153: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 154: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 155: StXMemDW dst: r7 src: r1 off: 64 imm: 0
	 156: StMemH dst: r7 src: r0 off: 10 imm: 4
	 157: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 158: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 159: MovReg dst: r9 src: r1
	 160: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 161: MovReg dst: r1 src: r9
	 162: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 163: SubReg dst: r1 src: r2
	 164: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_8>
	 165: MovReg dst: r2 src: r1
	 166: AddImm dst: r2 imm: 16
	 167: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 168: JGTReg dst: r2 off: -1 src: r3 <frame_read_8>
	 169: AddReg dst: r1 src: r8
	 170: AddImm dst: r1 imm: 180992
	 171: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 172: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 173: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 174: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 175: Ja off: -1 <frame_got_9>
frame_read_8:
	 176: MovReg dst: r1 src: r8
	 177: AddImm dst: r1 imm: 64
	 178: MovImm dst: r2 imm: 16
	 179: MovReg dst: r3 src: r9
	 180: Call FnProbeReadUser
	 181: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_9:
	 182: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 183: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 184: StXMemDW dst: r7 src: r1 off: 72 imm: 0
	 185: StMemH dst: r7 src: r0 off: 10 imm: 5
	 186: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 187: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 188: MovReg dst: r9 src: r1
	 189: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 190: MovReg dst: r1 src: r9
	 191: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 192: SubReg dst: r1 src: r2
	 193: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_10>
	 194: MovReg dst: r2 src: r1
	 195: AddImm dst: r2 imm: 16
	 196: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 197: JGTReg dst: r2 off: -1 src: r3 <frame_read_10>
	 198: AddReg dst: r1 src: r8
	 199: AddImm dst: r1 imm: 180992
	 200: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 201: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 202: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 203: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 204: Ja off: -1 <frame_got_11>
frame_read_10:
	 205: MovReg dst: r1 src: r8
	 206: AddImm dst: r1 imm: 64
	 207: MovImm dst: r2 imm: 16
	 208: MovReg dst: r3 src: r9
	 209: Call FnProbeReadUser
	 210: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_11:
	 211: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 212: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 213: StXMemDW dst: r7 src: r1 off: 80 imm: 0
	 214: StMemH dst: r7 src: r0 off: 10 imm: 6
	 215: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 216: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 217: MovReg dst: r9 src: r1
	 218: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 219: MovReg dst: r1 src: r9
	 220: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 221: SubReg dst: r1 src: r2
	 222: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_12>
	 223: MovReg dst: r2 src: r1
	 224: AddImm dst: r2 imm: 16
	 225: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 226: JGTReg dst: r2 off: -1 src: r3 <frame_read_12>
	 227: AddReg dst: r1 src: r8
	 228: AddImm dst: r1 imm: 180992
	 229: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 230: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 231: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 232: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 233: Ja off: -1 <frame_got_13>
frame_read_12:
	 234: MovReg dst: r1 src: r8
	 235: AddImm dst: r1 imm: 64
	 236: MovImm dst: r2 imm: 16
	 237: MovReg dst: r3 src: r9
	 238: Call FnProbeReadUser
	 239: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_13:
	 240: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 241: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 242: StXMemDW dst: r7 src: r1 off: 88 imm: 0
	 243: StMemH dst: r7 src: r0 off: 10 imm: 7
	 244: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 245: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 246: MovReg dst: r9 src: r1
	 247: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 248: MovReg dst: r1 src: r9
	 249: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 250: SubReg dst: r1 src: r2
	 251: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_14>
	 252: MovReg dst: r2 src: r1
	 253: AddImm dst: r2 imm: 16
	 254: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 255: JGTReg dst: r2 off: -1 src: r3 <frame_read_14>
	 256: AddReg dst: r1 src: r8
	 257: AddImm dst: r1 imm: 180992
	 258: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 259: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 260: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 261: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 262: Ja off: -1 <frame_got_15>
frame_read_14:
	 263: MovReg dst: r1 src: r8
	 264: AddImm dst: r1 imm: 64
	 265: MovImm dst: r2 imm: 16
	 266: MovReg dst: r3 src: r9
	 267: Call FnProbeReadUser
	 268: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_15:
	 269: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 270: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 271: StXMemDW dst: r7 src: r1 off: 96 imm: 0
	 272: StMemH dst: r7 src: r0 off: 10 imm: 8
	 273: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 274: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 275: MovReg dst: r9 src: r1
	 276: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 277: MovReg dst: r1 src: r9
	 278: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 279: SubReg dst: r1 src: r2
	 280: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_16>
	 281: MovReg dst: r2 src: r1
	 282: AddImm dst: r2 imm: 16
	 283: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 284: JGTReg dst: r2 off: -1 src: r3 <frame_read_16>
	 285: AddReg dst: r1 src: r8
	 286: AddImm dst: r1 imm: 180992
	 287: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 288: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 289: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 290: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 291: Ja off: -1 <frame_got_17>
frame_read_16:
	 292: MovReg dst: r1 src: r8
	 293: AddImm dst: r1 imm: 64
	 294: MovImm dst: r2 imm: 16
	 295: MovReg dst: r3 src: r9
	 296: Call FnProbeReadUser
	 297: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_17:
	 298: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 299: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 300: StXMemDW dst: r7 src: r1 off: 104 imm: 0
	 301: StMemH dst: r7 src: r0 off: 10 imm: 9
	 302: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 303: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 304: MovReg dst: r9 src: r1
	 305: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 306: MovReg dst: r1 src: r9
	 307: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 308: SubReg dst: r1 src: r2
	 309: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_18>
	 310: MovReg dst: r2 src: r1
	 311: AddImm dst: r2 imm: 16
	 312: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 313: JGTReg dst: r2 off: -1 src: r3 <frame_read_18>
	 314: AddReg dst: r1 src: r8
	 315: AddImm dst: r1 imm: 180992
	 316: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 317: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 318: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 319: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 320: Ja off: -1 <frame_got_19>
frame_read_18:
	 321: MovReg dst: r1 src: r8
	 322: AddImm dst: r1 imm: 64
	 323: MovImm dst: r2 imm: 16
	 324: MovReg dst: r3 src: r9
	 325: Call FnProbeReadUser
	 326: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_19:
	 327: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 328: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 329: StXMemDW dst: r7 src: r1 off: 112 imm: 0
	 330: StMemH dst: r7 src: r0 off: 10 imm: 10
	 331: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 332: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 333: MovReg dst: r9 src: r1
	 334: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 335: MovReg dst: r1 src: r9
	 336: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 337: SubReg dst: r1 src: r2
	 338: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_20>
	 339: MovReg dst: r2 src: r1
	 340: AddImm dst: r2 imm: 16
	 341: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 342: JGTReg dst: r2 off: -1 src: r3 <frame_read_20>
	 343: AddReg dst: r1 src: r8
	 344: AddImm dst: r1 imm: 180992
	 345: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 346: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 347: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 348: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 349: Ja off: -1 <frame_got_21>
frame_read_20:
	 350: MovReg dst: r1 src: r8
	 351: AddImm dst: r1 imm: 64
	 352: MovImm dst: r2 imm: 16
	 353: MovReg dst: r3 src: r9
	 354: Call FnProbeReadUser
	 355: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_21:
	 356: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 357: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 358: StXMemDW dst: r7 src: r1 off: 120 imm: 0
	 359: StMemH dst: r7 src: r0 off: 10 imm: 11
	 360: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 361: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 362: MovReg dst: r9 src: r1
	 363: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 364: MovReg dst: r1 src: r9
	 365: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 366: SubReg dst: r1 src: r2
	 367: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_22>
	 368: MovReg dst: r2 src: r1
	 369: AddImm dst: r2 imm: 16
	 370: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 371: JGTReg dst: r2 off: -1 src: r3 <frame_read_22>
	 372: AddReg dst: r1 src: r8
	 373: AddImm dst: r1 imm: 180992
	 374: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 375: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 376: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 377: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 378: Ja off: -1 <frame_got_23>
frame_read_22:
	 379: MovReg dst: r1 src: r8
	 380: AddImm dst: r1 imm: 64
	 381: MovImm dst: r2 imm: 16
	 382: MovReg dst: r3 src: r9
	 383: Call FnProbeReadUser
	 384: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_23:
	 385: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 386: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 387: StXMemDW dst: r7 src: r1 off: 128 imm: 0
	 388: StMemH dst: r7 src: r0 off: 10 imm: 12
	 389: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 390: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 391: MovReg dst: r9 src: r1
	 392: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 393: MovReg dst: r1 src: r9
	 394: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 395: SubReg dst: r1 src: r2
	 396: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_24>
	 397: MovReg dst: r2 src: r1
	 398: AddImm dst: r2 imm: 16
	 399: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 400: JGTReg dst: r2 off: -1 src: r3 <frame_read_24>
	 401: AddReg dst: r1 src: r8
	 402: AddImm dst: r1 imm: 180992
	 403: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 404: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 405: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 406: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 407: Ja off: -1 <frame_got_25>
frame_read_24:
	 408: MovReg dst: r1 src: r8
	 409: AddImm dst: r1 imm: 64
	 410: MovImm dst: r2 imm: 16
	 411: MovReg dst: r3 src: r9
	 412: Call FnProbeReadUser
	 413: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_25:
	 414: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 415: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 416: StXMemDW dst: r7 src: r1 off: 136 imm: 0
	 417: StMemH dst: r7 src: r0 off: 10 imm: 13
	 418: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 419: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 420: MovReg dst: r9 src: r1
	 421: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 422: MovReg dst: r1 src: r9
	 423: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 424: SubReg dst: r1 src: r2
	 425: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_26>
	 426: MovReg dst: r2 src: r1
	 427: AddImm dst: r2 imm: 16
	 428: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 429: JGTReg dst: r2 off: -1 src: r3 <frame_read_26>
	 430: AddReg dst: r1 src: r8
	 431: AddImm dst: r1 imm: 180992
	 432: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 433: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 434: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 435: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 436: Ja off: -1 <frame_got_27>
frame_read_26:
	 437: MovReg dst: r1 src: r8
	 438: AddImm dst: r1 imm: 64
	 439: MovImm dst: r2 imm: 16
	 440: MovReg dst: r3 src: r9
	 441: Call FnProbeReadUser
	 442: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_27:
	 443: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 444: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 445: StXMemDW dst: r7 src: r1 off: 144 imm: 0
	 446: StMemH dst: r7 src: r0 off: 10 imm: 14
	 447: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 448: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 449: MovReg dst: r9 src: r1
	 450: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 451: MovReg dst: r1 src: r9
	 452: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 453: SubReg dst: r1 src: r2
	 454: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_28>
	 455: MovReg dst: r2 src: r1
	 456: AddImm dst: r2 imm: 16
	 457: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 458: JGTReg dst: r2 off: -1 src: r3 <frame_read_28>
	 459: AddReg dst: r1 src: r8
	 460: AddImm dst: r1 imm: 180992
	 461: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 462: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 463: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 464: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 465: Ja off: -1 <frame_got_29>
frame_read_28:
	 466: MovReg dst: r1 src: r8
	 467: AddImm dst: r1 imm: 64
	 468: MovImm dst: r2 imm: 16
	 469: MovReg dst: r3 src: r9
	 470: Call FnProbeReadUser
	 471: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_29:
	 472: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 473: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 474: StXMemDW dst: r7 src: r1 off: 152 imm: 0
	 475: StMemH dst: r7 src: r0 off: 10 imm: 15
	 476: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 477: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 478: MovReg dst: r9 src: r1
	 479: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 480: MovReg dst: r1 src: r9
	 481: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 482: SubReg dst: r1 src: r2
	 483: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_30>
	 484: MovReg dst: r2 src: r1
	 485: AddImm dst: r2 imm: 16
	 486: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 487: JGTReg dst: r2 off: -1 src: r3 <frame_read_30>
	 488: AddReg dst: r1 src: r8
	 489: AddImm dst: r1 imm: 180992
	 490: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 491: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 492: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 493: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 494: Ja off: -1 <frame_got_31>
frame_read_30:
	 495: MovReg dst: r1 src: r8
	 496: AddImm dst: r1 imm: 64
	 497: MovImm dst: r2 imm: 16
	 498: MovReg dst: r3 src: r9
	 499: Call FnProbeReadUser
	 500: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_31:
	 501: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 502: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 503: StXMemDW dst: r7 src: r1 off: 160 imm: 0
	 504: StMemH dst: r7 src: r0 off: 10 imm: 16
	 505: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 506: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 507: MovReg dst: r9 src: r1
	 508: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 509: LdXMemW dst: r1 src: r8 off: 16 imm: 0
	 510: OrImm dst: r1 imm: 2
	 511: StXMemW dst: r8 src: r1 off: 16 imm: 0
stack_done:
	 512: MovReg dst: r9 src: r7
	 513: AddImm dst: r9 imm: 168
	 514: StMemW dst: r9 src: r0 off: 0 imm: 17
	 515: StMemDW dst: r9 src: r0 off: 8 imm: 0
	 516: StMemW dst: r9 src: r0 off: 4 imm: 0
	 517: StMemW dst: r9 src: r0 off: 16 imm: 8
	 518: StMemW dst: r9 src: r0 off: 20 imm: 8
	 519: LdXMemDW dst: r2 src: r6 off: 80 imm: 0
	 520: MovReg dst: r1 src: r9
	 521: AddImm dst: r1 imm: 24
	 522: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	 523: MovReg dst: r9 src: r7
	 524: AddImm dst: r9 imm: 200
	 525: StMemW dst: r9 src: r0 off: 0 imm: 3
	 526: StMemDW dst: r9 src: r0 off: 8 imm: 0
	 527: StMemW dst: r9 src: r0 off: 4 imm: 0
	 528: StMemW dst: r9 src: r0 off: 16 imm: 16
	 529: StMemW dst: r9 src: r0 off: 20 imm: 16
	 530: LdXMemDW dst: r2 src: r6 off: 40 imm: 0
	 531: MovReg dst: r1 src: r9
	 532: AddImm dst: r1 imm: 24
	 533: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	 534: LdXMemDW dst: r2 src: r6 off: 88 imm: 0
	 535: MovReg dst: r1 src: r9
	 536: AddImm dst: r1 imm: 32
	 537: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	 538: MovReg dst: r9 src: r7
	 539: AddImm dst: r9 imm: 240
	 540: StMemW dst: r9 src: r0 off: 0 imm: 18
	 541: StMemDW dst: r9 src: r0 off: 8 imm: 0
	 542: StMemW dst: r9 src: r0 off: 4 imm: 0
	 543: StMemW dst: r9 src: r0 off: 16 imm: 24
	 544: StMemW dst: r9 src: r0 off: 20 imm: 24
	 545: LdXMemDW dst: r2 src: r6 off: 104 imm: 0
	 546: MovReg dst: r1 src: r9
	 547: AddImm dst: r1 imm: 24
	 548: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	 549: LdXMemDW dst: r2 src: r6 off: 112 imm: 0
	 550: MovReg dst: r1 src: r9
	 551: AddImm dst: r1 imm: 32
	 552: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	 553: LdXMemDW dst: r2 src: r6 off: 32 imm: 0
	 554: MovReg dst: r1 src: r9
	 555: AddImm dst: r1 imm: 40
	 556: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	 557: LdXMemDW dst: r2 src: r7 off: 224 imm: 0
	 558: LdXMemDW dst: r4 src: r7 off: 232 imm: 0
	 559: JLEImm dst: r4 off: -1 imm: 255 <direct_capped_32>
	 560: MovImm dst: r4 imm: 255
direct_capped_32:
	 561: MovReg dst: r1 src: r8
	 562: MovImm dst: r3 imm: 2
	 563: MovImm dst: r5 imm: 1
	 564: Call -1 <read_item>
	 565: LdXMemDW dst: r2 src: r7 off: 192 imm: 0
	 566: MovImm dst: r4 imm: 1
	 567: JEqImm dst: r2 off: -1 imm: 0 <direct_done_33>
	 568: MovReg dst: r1 src: r8
	 569: MovImm dst: r3 imm: 16
	 570: MovImm dst: r5 imm: 1
	 571: Call -1 <read_item>
direct_done_33:
	 572: LdXMemDW dst: r2 src: r7 off: 264 imm: 0
	 573: LdXMemDW dst: r4 src: r7 off: 272 imm: 0
	 574: JLEImm dst: r4 off: -1 imm: 100 <direct_capped_34>
	 575: MovImm dst: r4 imm: 100
direct_capped_34:
	 576: JEqImm dst: r2 off: -1 imm: 0 <direct_done_35>
	 577: MovReg dst: r1 src: r8
	 578: MovImm dst: r3 imm: 1
	 579: MovImm dst: r5 imm: 1
	 580: Call -1 <read_item>
direct_done_35:
	 581: Ja off: -1 <emit>
emit:
	 582: LdXMemW dst: r3 src: r8 off: 8 imm: 0
	 583: StXMemW dst: r7 src: r3 off: 0 imm: 0
	 584: LdXMemW dst: r1 src: r8 off: 12 imm: 0
	 585: StXMemH dst: r7 src: r1 off: 12 imm: 0
	 586: LdXMemW dst: r1 src: r8 off: 16 imm: 0
	 587: StXMemB dst: r7 src: r1 off: 9 imm: 0
	 588: LdXMemW dst: r1 src: r8 off: 4 imm: 0
	 589: MovImm dst: r4 imm: 1
	 590: AndImm dst: r1 imm: 15
	 591: JNEImm dst: r1 off: -1 imm: 0 <wake_chosen>
	 592: LoadMapPtr dst: r1 fd: 7
	 594: MovImm dst: r2 imm: 0
	 595: Call FnRingbufQuery
	 596: MovImm dst: r4 imm: 1
	 597: JLTImm dst: r0 off: -1 imm: 8388608 <wake_chosen>
	 598: MovImm dst: r4 imm: 2
wake_chosen:
	 599: LoadMapPtr dst: r1 fd: 7
	 601: MovReg dst: r2 src: r7
	 602: LdXMemW dst: r3 src: r8 off: 8 imm: 0
	 603: AndImm dst: r3 imm: 65535
	 604: Call FnRingbufOutput
	 605: StMemW dst: r8 src: r0 off: 0 imm: 0
	 606: JEqImm dst: r0 off: -1 imm: 0 <exit>
drop_unowned:
	 607: MovImm dst: r1 imm: 2
	 608: StXMemW dst: rfp src: r1 off: -8 imm: 0
	 609: LoadMapPtr dst: r1 fd: 8
	 611: MovReg dst: r2 src: rfp
	 612: AddImm dst: r2 imm: -8
	 613: Call FnMapLookupElem
	 614: JEqImm dst: r0 off: -1 imm: 0 <exit>
	 615: MovImm dst: r1 imm: 1
	 616: StXAtomicAddDW dst: r0 src: r1 off: 0
exit:
	 617: MovImm dst: r0 imm: 0
	 618: Exit
read_item:
	 619: MovReg dst: r6 src: r1
	 620: MovReg dst: r9 src: r2
	 621: StXMemDW dst: rfp src: r5 off: -16 imm: 0
	 622: JEqImm dst: r9 off: -1 imm: 0 <ri_none>
	 623: JEqImm dst: r4 off: -1 imm: 0 <ri_none>
	 624: StXMemW dst: r6 src: r3 off: 88 imm: 0
	 625: StXMemW dst: r6 src: r4 off: 92 imm: 0
	 626: StXMemW dst: rfp src: r3 off: -8 imm: 0
	 627: LoadMapPtr dst: r1 fd: 4
	 629: MovReg dst: r2 src: rfp
	 630: AddImm dst: r2 imm: -8
	 631: Call FnMapLookupElem
	 632: JEqImm dst: r0 off: -1 imm: 0 <ri_none>
	 633: MovReg dst: r7 src: r0
	 634: LdXMemW dst: r1 src: r7 off: 0 imm: 0
	 635: JEqImm dst: r1 off: -1 imm: 0 <ri_none>
	 636: LdXMemW dst: r2 src: r6 off: 92 imm: 0
	 637: MulReg dst: r1 src: r2
	 638: JLEImm dst: r1 off: -1 imm: 65535 <ri_asked>
	 639: MovImm dst: r1 imm: 65535
ri_asked:
	 640: StXMemW dst: r6 src: r1 off: 104 imm: 0
	 641: LdXMemW dst: r2 src: r6 off: 88 imm: 0
	 642: MovReg dst: r3 src: r2
	 643: LShImm dst: r3 imm: 40
	 644: MovReg dst: r1 src: r9
	 645: XorReg dst: r1 src: r3
	 646: LdImmDW dst: r3 imm: -7046029254386353131
	 648: MulReg dst: r1 src: r3
	 649: RShImm dst: r1 imm: 54
	 650: LdXMemW dst: r0 src: r6 off: 4 imm: 0
	 651: LdXMemW dst: r3 src: r6 off: 104 imm: 0
	 652: MovReg dst: r4 src: r1
	 653: AddImm dst: r4 imm: 0
	 654: AndImm dst: r4 imm: 1023
	 655: LShImm dst: r4 imm: 5
	 656: AddReg dst: r4 src: r6
	 657: AddImm dst: r4 imm: 16896
	 658: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	 659: JNEReg dst: r5 off: -1 src: r0 <dedup_insert>
	 660: LdXMemDW dst: r5 src: r4 off: 0 imm: 0
	 661: JNEReg dst: r5 off: -1 src: r9 <dedup_next_36>
	 662: LdXMemW dst: r5 src: r4 off: 8 imm: 0
	 663: JNEReg dst: r5 off: -1 src: r2 <dedup_next_36>
	 664: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	 665: JGEReg dst: r5 off: -1 src: r3 <ri_none>
	 666: Ja off: -1 <dedup_insert>
dedup_next_36:
	 667: MovReg dst: r4 src: r1
	 668: AddImm dst: r4 imm: 1
	 669: AndImm dst: r4 imm: 1023
	 670: LShImm dst: r4 imm: 5
	 671: AddReg dst: r4 src: r6
	 672: AddImm dst: r4 imm: 16896
	 673: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	 674: JNEReg dst: r5 off: -1 src: r0 <dedup_insert>
	 675: LdXMemDW dst: r5 src: r4 off: 0 imm: 0
	 676: JNEReg dst: r5 off: -1 src: r9 <dedup_next_37>
	 677: LdXMemW dst: r5 src: r4 off: 8 imm: 0
	 678: JNEReg dst: r5 off: -1 src: r2 <dedup_next_37>
	 679: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	 680: JGEReg dst: r5 off: -1 src: r3 <ri_none>
	 681: Ja off: -1 <dedup_insert>
dedup_next_37:
	 682: MovReg dst: r4 src: r1
	 683: AddImm dst: r4 imm: 2
	 684: AndImm dst: r4 imm: 1023
	 685: LShImm dst: r4 imm: 5
	 686: AddReg dst: r4 src: r6
	 687: AddImm dst: r4 imm: 16896
	 688: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	 689: JNEReg dst: r5 off: -1 src: r0 <dedup_insert>
	 690: LdXMemDW dst: r5 src: r4 off: 0 imm: 0
	 691: JNEReg dst: r5 off: -1 src: r9 <dedup_next_38>
	 692: LdXMemW dst: r5 src: r4 off: 8 imm: 0
	 693: JNEReg dst: r5 off: -1 src: r2 <dedup_next_38>
	 694: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	 695: JGEReg dst: r5 off: -1 src: r3 <ri_none>
	 696: Ja off: -1 <dedup_insert>
dedup_next_38:
	 697: MovReg dst: r4 src: r1
	 698: AddImm dst: r4 imm: 3
	 699: AndImm dst: r4 imm: 1023
	 700: LShImm dst: r4 imm: 5
	 701: AddReg dst: r4 src: r6
	 702: AddImm dst: r4 imm: 16896
	 703: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	 704: JNEReg dst: r5 off: -1 src: r0 <dedup_insert>
	 705: LdXMemDW dst: r5 src: r4 off: 0 imm: 0
	 706: JNEReg dst: r5 off: -1 src: r9 <dedup_next_39>
	 707: LdXMemW dst: r5 src: r4 off: 8 imm: 0
	 708: JNEReg dst: r5 off: -1 src: r2 <dedup_next_39>
	 709: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	 710: JGEReg dst: r5 off: -1 src: r3 <ri_none>
	 711: Ja off: -1 <dedup_insert>
dedup_next_39:
	 712: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	 713: OrImm dst: r1 imm: 1
	 714: StXMemW dst: r6 src: r1 off: 16 imm: 0
	 715: Ja off: -1 <ri_none>
dedup_insert:
	 716: StXMemDW dst: r4 src: r9 off: 0 imm: 0
	 717: StXMemW dst: r4 src: r2 off: 8 imm: 0
	 718: StXMemW dst: r4 src: r0 off: 12 imm: 0
	 719: StXMemW dst: r4 src: r3 off: 16 imm: 0
	 720: MovImm dst: r1 imm: 4200
	 721: LdXMemW dst: r2 src: r6 off: 80 imm: 0
	 722: SubReg dst: r1 src: r2
	 723: LdXMemW dst: r3 src: r6 off: 104 imm: 0
	 724: JSGTReg dst: r3 off: -1 src: r1 <ri_cut>
	 725: LdXMemW dst: r2 src: r6 off: 92 imm: 0
	 726: StXMemW dst: r6 src: r2 off: 84 imm: 0
	 727: Ja off: -1 <ri_prefix>
ri_cut:
	 728: LdXMemW dst: r2 src: r7 off: 0 imm: 0
	 729: JSGEReg dst: r1 off: -1 src: r2 <ri_room>
	 730: AndImm dst: r1 imm: -8
	 731: JSLEImm dst: r1 off: -1 imm: 0 <ri_no_room>
	 732: MovReg dst: r3 src: r1
	 733: StMemW dst: r6 src: r0 off: 84 imm: 1
	 734: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	 735: OrImm dst: r1 imm: 1
	 736: StXMemW dst: r6 src: r1 off: 16 imm: 0
	 737: Ja off: -1 <ri_prefix>
ri_no_room:
	 738: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	 739: OrImm dst: r1 imm: 1
	 740: StXMemW dst: r6 src: r1 off: 16 imm: 0
	 741: Ja off: -1 <ri_none>
ri_room:
	 742: DivReg dst: r1 src: r2
	 743: LdXMemW dst: r3 src: r6 off: 92 imm: 0
	 744: JLEReg dst: r3 off: -1 src: r1 <ri_fits>
	 745: MovReg dst: r3 src: r1
	 746: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	 747: OrImm dst: r1 imm: 1
	 748: StXMemW dst: r6 src: r1 off: 16 imm: 0
ri_fits:
	 749: StXMemW dst: r6 src: r3 off: 84 imm: 0
	 750: MulReg dst: r3 src: r2
ri_prefix:
	 751: AndImm dst: r3 imm: 65535
	 752: StXMemW dst: r6 src: r3 off: 100 imm: 0
	 753: LdXMemW dst: r1 src: r6 off: 8 imm: 0
	 754: StXMemW dst: r6 src: r1 off: 96 imm: 0
	 755: AndImm dst: r1 imm: 65535
	 756: AddReg dst: r1 src: r6
	 757: AddImm dst: r1 imm: 49664
	 758: LdXMemW dst: r2 src: r6 off: 88 imm: 0
	 759: StXMemW dst: r1 src: r2 off: 0 imm: 0
	 760: StMemW dst: r1 src: r0 off: 4 imm: 0
	 761: StXMemDW dst: r1 src: r9 off: 8 imm: 0
	 762: StXMemW dst: r1 src: r3 off: 16 imm: 0
	 763: MovReg dst: r2 src: r3
	 764: AddImm dst: r2 imm: 7
	 765: AndImm dst: r2 imm: -8
	 766: StXMemW dst: r1 src: r2 off: 20 imm: 0
	 767: LdXMemW dst: r2 src: r6 off: 12 imm: 0
	 768: AddImm dst: r2 imm: 1
	 769: StXMemW dst: r6 src: r2 off: 12 imm: 0
	 770: AddImm dst: r1 imm: 24
	 771: MovReg dst: r2 src: r3
	 772: MovReg dst: r3 src: r9
	 773: Call FnProbeReadUser
	 774: JEqImm dst: r0 off: -1 imm: 0 <ri_read>
	 775: LdXMemW dst: r1 src: r6 off: 96 imm: 0
	 776: AndImm dst: r1 imm: 65535
	 777: AddReg dst: r1 src: r6
	 778: AddImm dst: r1 imm: 49664
	 779: StMemW dst: r1 src: r0 off: 4 imm: 1
	 780: StMemW dst: r1 src: r0 off: 16 imm: 0
	 781: StMemW dst: r1 src: r0 off: 20 imm: 0
	 782: MovImm dst: r2 imm: 0
	 783: Ja off: -1 <ri_advance>
ri_read:
	 784: LdXMemW dst: r2 src: r6 off: 100 imm: 0
	 785: AddImm dst: r2 imm: 7
	 786: AndImm dst: r2 imm: -8
ri_advance:
	 787: LdXMemW dst: r1 src: r6 off: 96 imm: 0
	 788: AddImm dst: r1 imm: 24
	 789: MovReg dst: r0 src: r1
	 790: AddReg dst: r1 src: r2
	 791: StXMemW dst: r6 src: r1 off: 8 imm: 0
	 792: LdXMemW dst: r1 src: r6 off: 80 imm: 0
	 793: AddImm dst: r1 imm: 24
	 794: StXMemW dst: r6 src: r1 off: 80 imm: 0
	 795: LdXMemW dst: r1 src: r6 off: 80 imm: 0
	 796: AddReg dst: r1 src: r2
	 797: StXMemW dst: r6 src: r1 off: 80 imm: 0
	 798: JEqImm dst: r2 off: -1 imm: 0 <ri_none>
	 799: Exit
ri_static:
	 800: LdXMemW dst: r1 src: r6 off: 96 imm: 0
	 801: AndImm dst: r1 imm: 65535
	 802: AddReg dst: r1 src: r6
	 803: AddImm dst: r1 imm: 49664
	 804: StMemW dst: r1 src: r0 off: 4 imm: 128
	 805: StMemW dst: r1 src: r0 off: 20 imm: 0
	 806: LdXMemW dst: r1 src: r6 off: 96 imm: 0
	 807: AddImm dst: r1 imm: 24
	 808: StXMemW dst: r6 src: r1 off: 8 imm: 0
	 809: LdXMemW dst: r1 src: r6 off: 80 imm: 0
	 810: LdXMemW dst: r2 src: r6 off: 100 imm: 0
	 811: AddImm dst: r2 imm: 31
	 812: AndImm dst: r2 imm: -8
	 813: AddReg dst: r1 src: r2
	 814: StXMemW dst: r6 src: r1 off: 80 imm: 0
ri_none:
	 815: MovImm dst: r0 imm: -1
	 816: Exit
