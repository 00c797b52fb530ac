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
	  24: StMemW dst: r8 src: r0 off: 24 imm: 1
	  25: StMemW dst: r8 src: r0 off: 28 imm: 0
	  26: StMemH dst: r7 src: r0 off: 4 imm: 2
	  27: StMemH dst: r7 src: r0 off: 6 imm: 0
	  28: StMemB dst: r7 src: r0 off: 8 imm: 1
	  29: StMemDW dst: r7 src: r0 off: 32 imm: 0
	  30: MovReg dst: r1 src: r8
	  31: AddImm dst: r1 imm: 128
	  32: MovImm dst: r2 imm: 152
	  33: LdXMemDW dst: r3 src: r6 off: 8 imm: 0
	  34: AddImm dst: r3 imm: 8
	  35: Call FnProbeReadUser
	  36: LdXMemDW dst: r1 src: r8 off: 272 imm: 0
	  37: StXMemDW dst: r7 src: r1 off: 16 imm: 0
	  38: Call FnKtimeGetNs
	  39: StXMemDW dst: r7 src: r0 off: 24 imm: 0
	  40: LdXMemDW dst: r1 src: r8 off: 128 imm: 0
	  41: JEqImm dst: r1 off: -1 imm: 0 <call_done>
	  42: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	  43: SubReg dst: r1 src: r2
	  44: StXMemW dst: rfp src: r1 off: -24 imm: 0
	  45: LdXMemDW dst: r1 src: r8 off: 272 imm: 0
	  46: StXMemDW dst: rfp src: r1 off: -32 imm: 0
	  47: StMemW dst: rfp src: r0 off: -20 imm: 2
	  48: LoadMapPtr dst: r1 fd: 6
	  50: MovReg dst: r2 src: rfp
	  51: AddImm dst: r2 imm: -32
	  52: Call FnMapLookupElem
	  53: JEqImm dst: r0 off: -1 imm: 0 <call_done>
	  54: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  55: StXMemDW dst: r7 src: r1 off: 32 imm: 0
	  56: LoadMapPtr dst: r1 fd: 6
	  58: MovReg dst: r2 src: rfp
	  59: AddImm dst: r2 imm: -32
	  60: Call FnMapDeleteElem
call_done:
	  61: MovReg dst: r1 src: r6
	  62: Call FnGetAttachCookie
	  63: StXMemDW dst: r7 src: r0 off: 40 imm: 0
	  64: StMemH dst: r7 src: r0 off: 10 imm: 1
	  65: LdXMemDW dst: r2 src: r8 off: 128 imm: 0
	  66: LdXMemDW dst: r3 src: r6 off: 152 imm: 0
	  67: SubReg dst: r2 src: r3
	  68: JSLTImm dst: r2 off: -1 imm: 0 <window_none>
	  69: JLEImm dst: r2 off: -1 imm: 2048 <window_sized>
	  70: MovImm dst: r2 imm: 2048
	  71: Ja off: -1 <window_sized>
window_none:
	  72: MovImm dst: r2 imm: 0
window_sized:
	  73: StXMemDW dst: r8 src: r2 off: 56 imm: 0
	  74: MovReg dst: r1 src: r8
	  75: AddImm dst: r1 imm: 180992
	  76: Call FnProbeReadUser
	  77: JEqImm dst: r0 off: -1 imm: 0 <window_read>
	  78: StMemDW dst: r8 src: r0 off: 56 imm: 0
window_read:
	  79: LdXMemDW dst: r9 src: r6 off: 152 imm: 0
	  80: MovReg dst: r1 src: r9
	  81: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	  82: SubReg dst: r1 src: r2
	  83: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_1>
	  84: MovReg dst: r2 src: r1
	  85: AddImm dst: r2 imm: 16
	  86: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	  87: JGTReg dst: r2 off: -1 src: r3 <frame_read_1>
	  88: AddReg dst: r1 src: r8
	  89: AddImm dst: r1 imm: 180992
	  90: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	  91: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	  92: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	  93: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	  94: Ja off: -1 <frame_got_2>
frame_read_1:
	  95: MovReg dst: r1 src: r8
	  96: AddImm dst: r1 imm: 64
	  97: MovImm dst: r2 imm: 16
	  98: MovReg dst: r3 src: r9
	  99: Call FnProbeReadUser
	 100: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_2:
	 101: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 102: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 103: StXMemDW dst: r7 src: r1 off: 48 imm: 0
	 104: LdXMemDW dst: r9 src: r6 off: 32 imm: 0
	 105: StMemH dst: r7 src: r0 off: 10 imm: 2
	 106: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 107: MovReg dst: r1 src: r9
	 108: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 109: SubReg dst: r1 src: r2
	 110: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_3>
	 111: MovReg dst: r2 src: r1
	 112: AddImm dst: r2 imm: 16
	 113: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 114: JGTReg dst: r2 off: -1 src: r3 <frame_read_3>
	 115: AddReg dst: r1 src: r8
	 116: AddImm dst: r1 imm: 180992
	 117: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 118: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 119: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 120: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 121: Ja off: -1 <frame_got_4>
frame_read_3:
	 122: MovReg dst: r1 src: r8
	 123: AddImm dst: r1 imm: 64
	 124: MovImm dst: r2 imm: 16
	 125: MovReg dst: r3 src: r9
	 126: Call FnProbeReadUser
	 127: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_4:
	 128: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 129: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 130: StXMemDW dst: r7 src: r1 off: 56 imm: 0
	 131: StMemH dst: r7 src: r0 off: 10 imm: 3
	 132: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 133: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 134: MovReg dst: r9 src: r1
	 135: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 136: MovReg dst: r1 src: r9
	 137: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 138: SubReg dst: r1 src: r2
	 139: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_5>
	 140: MovReg dst: r2 src: r1
	 141: AddImm dst: r2 imm: 16
	 142: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 143: JGTReg dst: r2 off: -1 src: r3 <frame_read_5>
	 144: AddReg dst: r1 src: r8
	 145: AddImm dst: r1 imm: 180992
	 146: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 147: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 148: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 149: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 150: Ja off: -1 <frame_got_6>
frame_read_5:
	 151: MovReg dst: r1 src: r8
	 152: AddImm dst: r1 imm: 64
	 153: MovImm dst: r2 imm: 16
	 154: MovReg dst: r3 src: r9
	 155: Call FnProbeReadUser
	 156: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_6:
	 157: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 158: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 159: StXMemDW dst: r7 src: r1 off: 64 imm: 0
	 160: StMemH dst: r7 src: r0 off: 10 imm: 4
	 161: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 162: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 163: MovReg dst: r9 src: r1
	 164: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 165: MovReg dst: r1 src: r9
	 166: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 167: SubReg dst: r1 src: r2
	 168: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_7>
	 169: MovReg dst: r2 src: r1
	 170: AddImm dst: r2 imm: 16
	 171: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 172: JGTReg dst: r2 off: -1 src: r3 <frame_read_7>
	 173: AddReg dst: r1 src: r8
	 174: AddImm dst: r1 imm: 180992
	 175: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 176: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 177: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 178: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 179: Ja off: -1 <frame_got_8>
frame_read_7:
	 180: MovReg dst: r1 src: r8
	 181: AddImm dst: r1 imm: 64
	 182: MovImm dst: r2 imm: 16
	 183: MovReg dst: r3 src: r9
	 184: Call FnProbeReadUser
	 185: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_8:
	 186: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 187: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 188: StXMemDW dst: r7 src: r1 off: 72 imm: 0
	 189: StMemH dst: r7 src: r0 off: 10 imm: 5
	 190: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 191: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 192: MovReg dst: r9 src: r1
	 193: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 194: MovReg dst: r1 src: r9
	 195: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 196: SubReg dst: r1 src: r2
	 197: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_9>
	 198: MovReg dst: r2 src: r1
	 199: AddImm dst: r2 imm: 16
	 200: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 201: JGTReg dst: r2 off: -1 src: r3 <frame_read_9>
	 202: AddReg dst: r1 src: r8
	 203: AddImm dst: r1 imm: 180992
	 204: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 205: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 206: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 207: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 208: Ja off: -1 <frame_got_10>
frame_read_9:
	 209: MovReg dst: r1 src: r8
	 210: AddImm dst: r1 imm: 64
	 211: MovImm dst: r2 imm: 16
	 212: MovReg dst: r3 src: r9
	 213: Call FnProbeReadUser
	 214: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_10:
	 215: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 216: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 217: StXMemDW dst: r7 src: r1 off: 80 imm: 0
	 218: StMemH dst: r7 src: r0 off: 10 imm: 6
	 219: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 220: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 221: MovReg dst: r9 src: r1
	 222: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 223: MovReg dst: r1 src: r9
	 224: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 225: SubReg dst: r1 src: r2
	 226: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_11>
	 227: MovReg dst: r2 src: r1
	 228: AddImm dst: r2 imm: 16
	 229: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 230: JGTReg dst: r2 off: -1 src: r3 <frame_read_11>
	 231: AddReg dst: r1 src: r8
	 232: AddImm dst: r1 imm: 180992
	 233: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 234: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 235: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 236: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 237: Ja off: -1 <frame_got_12>
frame_read_11:
	 238: MovReg dst: r1 src: r8
	 239: AddImm dst: r1 imm: 64
	 240: MovImm dst: r2 imm: 16
	 241: MovReg dst: r3 src: r9
	 242: Call FnProbeReadUser
	 243: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_12:
	 244: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 245: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 246: StXMemDW dst: r7 src: r1 off: 88 imm: 0
	 247: StMemH dst: r7 src: r0 off: 10 imm: 7
	 248: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 249: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 250: MovReg dst: r9 src: r1
	 251: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 252: MovReg dst: r1 src: r9
	 253: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 254: SubReg dst: r1 src: r2
	 255: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_13>
	 256: MovReg dst: r2 src: r1
	 257: AddImm dst: r2 imm: 16
	 258: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 259: JGTReg dst: r2 off: -1 src: r3 <frame_read_13>
	 260: AddReg dst: r1 src: r8
	 261: AddImm dst: r1 imm: 180992
	 262: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 263: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 264: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 265: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 266: Ja off: -1 <frame_got_14>
frame_read_13:
	 267: MovReg dst: r1 src: r8
	 268: AddImm dst: r1 imm: 64
	 269: MovImm dst: r2 imm: 16
	 270: MovReg dst: r3 src: r9
	 271: Call FnProbeReadUser
	 272: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_14:
	 273: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 274: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 275: StXMemDW dst: r7 src: r1 off: 96 imm: 0
	 276: StMemH dst: r7 src: r0 off: 10 imm: 8
	 277: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 278: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 279: MovReg dst: r9 src: r1
	 280: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 281: MovReg dst: r1 src: r9
	 282: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 283: SubReg dst: r1 src: r2
	 284: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_15>
	 285: MovReg dst: r2 src: r1
	 286: AddImm dst: r2 imm: 16
	 287: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 288: JGTReg dst: r2 off: -1 src: r3 <frame_read_15>
	 289: AddReg dst: r1 src: r8
	 290: AddImm dst: r1 imm: 180992
	 291: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 292: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 293: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 294: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 295: Ja off: -1 <frame_got_16>
frame_read_15:
	 296: MovReg dst: r1 src: r8
	 297: AddImm dst: r1 imm: 64
	 298: MovImm dst: r2 imm: 16
	 299: MovReg dst: r3 src: r9
	 300: Call FnProbeReadUser
	 301: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_16:
	 302: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 303: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 304: StXMemDW dst: r7 src: r1 off: 104 imm: 0
	 305: StMemH dst: r7 src: r0 off: 10 imm: 9
	 306: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 307: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 308: MovReg dst: r9 src: r1
	 309: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 310: MovReg dst: r1 src: r9
	 311: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 312: SubReg dst: r1 src: r2
	 313: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_17>
	 314: MovReg dst: r2 src: r1
	 315: AddImm dst: r2 imm: 16
	 316: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 317: JGTReg dst: r2 off: -1 src: r3 <frame_read_17>
	 318: AddReg dst: r1 src: r8
	 319: AddImm dst: r1 imm: 180992
	 320: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 321: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 322: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 323: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 324: Ja off: -1 <frame_got_18>
frame_read_17:
	 325: MovReg dst: r1 src: r8
	 326: AddImm dst: r1 imm: 64
	 327: MovImm dst: r2 imm: 16
	 328: MovReg dst: r3 src: r9
	 329: Call FnProbeReadUser
	 330: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_18:
	 331: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 332: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 333: StXMemDW dst: r7 src: r1 off: 112 imm: 0
	 334: StMemH dst: r7 src: r0 off: 10 imm: 10
	 335: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 336: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 337: MovReg dst: r9 src: r1
	 338: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 339: MovReg dst: r1 src: r9
	 340: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 341: SubReg dst: r1 src: r2
	 342: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_19>
	 343: MovReg dst: r2 src: r1
	 344: AddImm dst: r2 imm: 16
	 345: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 346: JGTReg dst: r2 off: -1 src: r3 <frame_read_19>
	 347: AddReg dst: r1 src: r8
	 348: AddImm dst: r1 imm: 180992
	 349: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 350: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 351: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 352: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 353: Ja off: -1 <frame_got_20>
frame_read_19:
	 354: MovReg dst: r1 src: r8
	 355: AddImm dst: r1 imm: 64
	 356: MovImm dst: r2 imm: 16
	 357: MovReg dst: r3 src: r9
	 358: Call FnProbeReadUser
	 359: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_20:
	 360: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 361: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 362: StXMemDW dst: r7 src: r1 off: 120 imm: 0
	 363: StMemH dst: r7 src: r0 off: 10 imm: 11
	 364: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 365: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 366: MovReg dst: r9 src: r1
	 367: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 368: MovReg dst: r1 src: r9
	 369: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 370: SubReg dst: r1 src: r2
	 371: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_21>
	 372: MovReg dst: r2 src: r1
	 373: AddImm dst: r2 imm: 16
	 374: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 375: JGTReg dst: r2 off: -1 src: r3 <frame_read_21>
	 376: AddReg dst: r1 src: r8
	 377: AddImm dst: r1 imm: 180992
	 378: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 379: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 380: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 381: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 382: Ja off: -1 <frame_got_22>
frame_read_21:
	 383: MovReg dst: r1 src: r8
	 384: AddImm dst: r1 imm: 64
	 385: MovImm dst: r2 imm: 16
	 386: MovReg dst: r3 src: r9
	 387: Call FnProbeReadUser
	 388: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_22:
	 389: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 390: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 391: StXMemDW dst: r7 src: r1 off: 128 imm: 0
	 392: StMemH dst: r7 src: r0 off: 10 imm: 12
	 393: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 394: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 395: MovReg dst: r9 src: r1
	 396: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 397: MovReg dst: r1 src: r9
	 398: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 399: SubReg dst: r1 src: r2
	 400: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_23>
	 401: MovReg dst: r2 src: r1
	 402: AddImm dst: r2 imm: 16
	 403: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 404: JGTReg dst: r2 off: -1 src: r3 <frame_read_23>
	 405: AddReg dst: r1 src: r8
	 406: AddImm dst: r1 imm: 180992
	 407: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 408: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 409: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 410: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 411: Ja off: -1 <frame_got_24>
frame_read_23:
	 412: MovReg dst: r1 src: r8
	 413: AddImm dst: r1 imm: 64
	 414: MovImm dst: r2 imm: 16
	 415: MovReg dst: r3 src: r9
	 416: Call FnProbeReadUser
	 417: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_24:
	 418: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 419: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 420: StXMemDW dst: r7 src: r1 off: 136 imm: 0
	 421: StMemH dst: r7 src: r0 off: 10 imm: 13
	 422: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 423: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 424: MovReg dst: r9 src: r1
	 425: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 426: MovReg dst: r1 src: r9
	 427: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 428: SubReg dst: r1 src: r2
	 429: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_25>
	 430: MovReg dst: r2 src: r1
	 431: AddImm dst: r2 imm: 16
	 432: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 433: JGTReg dst: r2 off: -1 src: r3 <frame_read_25>
	 434: AddReg dst: r1 src: r8
	 435: AddImm dst: r1 imm: 180992
	 436: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 437: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 438: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 439: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 440: Ja off: -1 <frame_got_26>
frame_read_25:
	 441: MovReg dst: r1 src: r8
	 442: AddImm dst: r1 imm: 64
	 443: MovImm dst: r2 imm: 16
	 444: MovReg dst: r3 src: r9
	 445: Call FnProbeReadUser
	 446: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_26:
	 447: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 448: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 449: StXMemDW dst: r7 src: r1 off: 144 imm: 0
	 450: StMemH dst: r7 src: r0 off: 10 imm: 14
	 451: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 452: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 453: MovReg dst: r9 src: r1
	 454: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 455: MovReg dst: r1 src: r9
	 456: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 457: SubReg dst: r1 src: r2
	 458: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_27>
	 459: MovReg dst: r2 src: r1
	 460: AddImm dst: r2 imm: 16
	 461: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 462: JGTReg dst: r2 off: -1 src: r3 <frame_read_27>
	 463: AddReg dst: r1 src: r8
	 464: AddImm dst: r1 imm: 180992
	 465: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 466: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 467: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 468: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 469: Ja off: -1 <frame_got_28>
frame_read_27:
	 470: MovReg dst: r1 src: r8
	 471: AddImm dst: r1 imm: 64
	 472: MovImm dst: r2 imm: 16
	 473: MovReg dst: r3 src: r9
	 474: Call FnProbeReadUser
	 475: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_28:
	 476: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 477: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 478: StXMemDW dst: r7 src: r1 off: 152 imm: 0
	 479: StMemH dst: r7 src: r0 off: 10 imm: 15
	 480: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 481: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 482: MovReg dst: r9 src: r1
	 483: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 484: MovReg dst: r1 src: r9
	 485: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 486: SubReg dst: r1 src: r2
	 487: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_29>
	 488: MovReg dst: r2 src: r1
	 489: AddImm dst: r2 imm: 16
	 490: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 491: JGTReg dst: r2 off: -1 src: r3 <frame_read_29>
	 492: AddReg dst: r1 src: r8
	 493: AddImm dst: r1 imm: 180992
	 494: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 495: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 496: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 497: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 498: Ja off: -1 <frame_got_30>
frame_read_29:
	 499: MovReg dst: r1 src: r8
	 500: AddImm dst: r1 imm: 64
	 501: MovImm dst: r2 imm: 16
	 502: MovReg dst: r3 src: r9
	 503: Call FnProbeReadUser
	 504: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_30:
	 505: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 506: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 507: StXMemDW dst: r7 src: r1 off: 160 imm: 0
	 508: StMemH dst: r7 src: r0 off: 10 imm: 16
	 509: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 510: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 511: MovReg dst: r9 src: r1
	 512: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 513: MovReg dst: r1 src: r9
	 514: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 515: SubReg dst: r1 src: r2
	 516: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_31>
	 517: MovReg dst: r2 src: r1
	 518: AddImm dst: r2 imm: 16
	 519: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 520: JGTReg dst: r2 off: -1 src: r3 <frame_read_31>
	 521: AddReg dst: r1 src: r8
	 522: AddImm dst: r1 imm: 180992
	 523: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 524: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 525: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 526: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 527: Ja off: -1 <frame_got_32>
frame_read_31:
	 528: MovReg dst: r1 src: r8
	 529: AddImm dst: r1 imm: 64
	 530: MovImm dst: r2 imm: 16
	 531: MovReg dst: r3 src: r9
	 532: Call FnProbeReadUser
	 533: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_32:
	 534: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 535: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 536: StXMemDW dst: r7 src: r1 off: 168 imm: 0
	 537: StMemH dst: r7 src: r0 off: 10 imm: 17
	 538: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 539: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 540: MovReg dst: r9 src: r1
	 541: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 542: MovReg dst: r1 src: r9
	 543: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 544: SubReg dst: r1 src: r2
	 545: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_33>
	 546: MovReg dst: r2 src: r1
	 547: AddImm dst: r2 imm: 16
	 548: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 549: JGTReg dst: r2 off: -1 src: r3 <frame_read_33>
	 550: AddReg dst: r1 src: r8
	 551: AddImm dst: r1 imm: 180992
	 552: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 553: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 554: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 555: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 556: Ja off: -1 <frame_got_34>
frame_read_33:
	 557: MovReg dst: r1 src: r8
	 558: AddImm dst: r1 imm: 64
	 559: MovImm dst: r2 imm: 16
	 560: MovReg dst: r3 src: r9
	 561: Call FnProbeReadUser
	 562: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_34:
	 563: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 564: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 565: StXMemDW dst: r7 src: r1 off: 176 imm: 0
	 566: StMemH dst: r7 src: r0 off: 10 imm: 18
	 567: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 568: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 569: MovReg dst: r9 src: r1
	 570: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 571: MovReg dst: r1 src: r9
	 572: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 573: SubReg dst: r1 src: r2
	 574: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_35>
	 575: MovReg dst: r2 src: r1
	 576: AddImm dst: r2 imm: 16
	 577: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 578: JGTReg dst: r2 off: -1 src: r3 <frame_read_35>
	 579: AddReg dst: r1 src: r8
	 580: AddImm dst: r1 imm: 180992
	 581: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 582: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 583: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 584: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 585: Ja off: -1 <frame_got_36>
frame_read_35:
	 586: MovReg dst: r1 src: r8
	 587: AddImm dst: r1 imm: 64
	 588: MovImm dst: r2 imm: 16
	 589: MovReg dst: r3 src: r9
	 590: Call FnProbeReadUser
	 591: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_36:
	 592: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 593: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 594: StXMemDW dst: r7 src: r1 off: 184 imm: 0
	 595: StMemH dst: r7 src: r0 off: 10 imm: 19
	 596: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 597: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 598: MovReg dst: r9 src: r1
	 599: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 600: MovReg dst: r1 src: r9
	 601: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 602: SubReg dst: r1 src: r2
	 603: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_37>
	 604: MovReg dst: r2 src: r1
	 605: AddImm dst: r2 imm: 16
	 606: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 607: JGTReg dst: r2 off: -1 src: r3 <frame_read_37>
	 608: AddReg dst: r1 src: r8
	 609: AddImm dst: r1 imm: 180992
	 610: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 611: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 612: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 613: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 614: Ja off: -1 <frame_got_38>
frame_read_37:
	 615: MovReg dst: r1 src: r8
	 616: AddImm dst: r1 imm: 64
	 617: MovImm dst: r2 imm: 16
	 618: MovReg dst: r3 src: r9
	 619: Call FnProbeReadUser
	 620: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_38:
	 621: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 622: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 623: StXMemDW dst: r7 src: r1 off: 192 imm: 0
	 624: StMemH dst: r7 src: r0 off: 10 imm: 20
	 625: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 626: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 627: MovReg dst: r9 src: r1
	 628: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 629: MovReg dst: r1 src: r9
	 630: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 631: SubReg dst: r1 src: r2
	 632: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_39>
	 633: MovReg dst: r2 src: r1
	 634: AddImm dst: r2 imm: 16
	 635: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 636: JGTReg dst: r2 off: -1 src: r3 <frame_read_39>
	 637: AddReg dst: r1 src: r8
	 638: AddImm dst: r1 imm: 180992
	 639: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 640: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 641: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 642: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 643: Ja off: -1 <frame_got_40>
frame_read_39:
	 644: MovReg dst: r1 src: r8
	 645: AddImm dst: r1 imm: 64
	 646: MovImm dst: r2 imm: 16
	 647: MovReg dst: r3 src: r9
	 648: Call FnProbeReadUser
	 649: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_40:
	 650: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 651: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 652: StXMemDW dst: r7 src: r1 off: 200 imm: 0
	 653: StMemH dst: r7 src: r0 off: 10 imm: 21
	 654: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 655: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 656: MovReg dst: r9 src: r1
	 657: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 658: MovReg dst: r1 src: r9
	 659: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 660: SubReg dst: r1 src: r2
	 661: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_41>
	 662: MovReg dst: r2 src: r1
	 663: AddImm dst: r2 imm: 16
	 664: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 665: JGTReg dst: r2 off: -1 src: r3 <frame_read_41>
	 666: AddReg dst: r1 src: r8
	 667: AddImm dst: r1 imm: 180992
	 668: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 669: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 670: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 671: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 672: Ja off: -1 <frame_got_42>
frame_read_41:
	 673: MovReg dst: r1 src: r8
	 674: AddImm dst: r1 imm: 64
	 675: MovImm dst: r2 imm: 16
	 676: MovReg dst: r3 src: r9
	 677: Call FnProbeReadUser
	 678: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_42:
	 679: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 680: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 681: StXMemDW dst: r7 src: r1 off: 208 imm: 0
	 682: StMemH dst: r7 src: r0 off: 10 imm: 22
	 683: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 684: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 685: MovReg dst: r9 src: r1
	 686: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 687: MovReg dst: r1 src: r9
	 688: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 689: SubReg dst: r1 src: r2
	 690: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_43>
	 691: MovReg dst: r2 src: r1
	 692: AddImm dst: r2 imm: 16
	 693: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 694: JGTReg dst: r2 off: -1 src: r3 <frame_read_43>
	 695: AddReg dst: r1 src: r8
	 696: AddImm dst: r1 imm: 180992
	 697: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 698: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 699: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 700: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 701: Ja off: -1 <frame_got_44>
frame_read_43:
	 702: MovReg dst: r1 src: r8
	 703: AddImm dst: r1 imm: 64
	 704: MovImm dst: r2 imm: 16
	 705: MovReg dst: r3 src: r9
	 706: Call FnProbeReadUser
	 707: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_44:
	 708: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 709: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 710: StXMemDW dst: r7 src: r1 off: 216 imm: 0
	 711: StMemH dst: r7 src: r0 off: 10 imm: 23
	 712: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 713: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 714: MovReg dst: r9 src: r1
	 715: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 716: MovReg dst: r1 src: r9
	 717: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 718: SubReg dst: r1 src: r2
	 719: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_45>
	 720: MovReg dst: r2 src: r1
	 721: AddImm dst: r2 imm: 16
	 722: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 723: JGTReg dst: r2 off: -1 src: r3 <frame_read_45>
	 724: AddReg dst: r1 src: r8
	 725: AddImm dst: r1 imm: 180992
	 726: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 727: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 728: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 729: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 730: Ja off: -1 <frame_got_46>
frame_read_45:
	 731: MovReg dst: r1 src: r8
	 732: AddImm dst: r1 imm: 64
	 733: MovImm dst: r2 imm: 16
	 734: MovReg dst: r3 src: r9
	 735: Call FnProbeReadUser
	 736: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_46:
	 737: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 738: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 739: StXMemDW dst: r7 src: r1 off: 224 imm: 0
	 740: StMemH dst: r7 src: r0 off: 10 imm: 24
	 741: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 742: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 743: MovReg dst: r9 src: r1
	 744: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 745: MovReg dst: r1 src: r9
	 746: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 747: SubReg dst: r1 src: r2
	 748: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_47>
	 749: MovReg dst: r2 src: r1
	 750: AddImm dst: r2 imm: 16
	 751: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 752: JGTReg dst: r2 off: -1 src: r3 <frame_read_47>
	 753: AddReg dst: r1 src: r8
	 754: AddImm dst: r1 imm: 180992
	 755: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 756: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 757: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 758: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 759: Ja off: -1 <frame_got_48>
frame_read_47:
	 760: MovReg dst: r1 src: r8
	 761: AddImm dst: r1 imm: 64
	 762: MovImm dst: r2 imm: 16
	 763: MovReg dst: r3 src: r9
	 764: Call FnProbeReadUser
	 765: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_48:
	 766: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 767: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 768: StXMemDW dst: r7 src: r1 off: 232 imm: 0
	 769: StMemH dst: r7 src: r0 off: 10 imm: 25
	 770: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 771: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 772: MovReg dst: r9 src: r1
	 773: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 774: MovReg dst: r1 src: r9
	 775: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 776: SubReg dst: r1 src: r2
	 777: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_49>
	 778: MovReg dst: r2 src: r1
	 779: AddImm dst: r2 imm: 16
	 780: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 781: JGTReg dst: r2 off: -1 src: r3 <frame_read_49>
	 782: AddReg dst: r1 src: r8
	 783: AddImm dst: r1 imm: 180992
	 784: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 785: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 786: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 787: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 788: Ja off: -1 <frame_got_50>
frame_read_49:
	 789: MovReg dst: r1 src: r8
	 790: AddImm dst: r1 imm: 64
	 791: MovImm dst: r2 imm: 16
	 792: MovReg dst: r3 src: r9
	 793: Call FnProbeReadUser
	 794: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_50:
	 795: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 796: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 797: StXMemDW dst: r7 src: r1 off: 240 imm: 0
	 798: StMemH dst: r7 src: r0 off: 10 imm: 26
	 799: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 800: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 801: MovReg dst: r9 src: r1
	 802: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 803: MovReg dst: r1 src: r9
	 804: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 805: SubReg dst: r1 src: r2
	 806: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_51>
	 807: MovReg dst: r2 src: r1
	 808: AddImm dst: r2 imm: 16
	 809: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 810: JGTReg dst: r2 off: -1 src: r3 <frame_read_51>
	 811: AddReg dst: r1 src: r8
	 812: AddImm dst: r1 imm: 180992
	 813: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 814: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 815: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 816: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 817: Ja off: -1 <frame_got_52>
frame_read_51:
	 818: MovReg dst: r1 src: r8
	 819: AddImm dst: r1 imm: 64
	 820: MovImm dst: r2 imm: 16
	 821: MovReg dst: r3 src: r9
	 822: Call FnProbeReadUser
	 823: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_52:
	 824: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 825: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 826: StXMemDW dst: r7 src: r1 off: 248 imm: 0
	 827: StMemH dst: r7 src: r0 off: 10 imm: 27
	 828: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 829: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 830: MovReg dst: r9 src: r1
	 831: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 832: MovReg dst: r1 src: r9
	 833: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 834: SubReg dst: r1 src: r2
	 835: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_53>
	 836: MovReg dst: r2 src: r1
	 837: AddImm dst: r2 imm: 16
	 838: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 839: JGTReg dst: r2 off: -1 src: r3 <frame_read_53>
	 840: AddReg dst: r1 src: r8
	 841: AddImm dst: r1 imm: 180992
	 842: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 843: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 844: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 845: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 846: Ja off: -1 <frame_got_54>
frame_read_53:
	 847: MovReg dst: r1 src: r8
	 848: AddImm dst: r1 imm: 64
	 849: MovImm dst: r2 imm: 16
	 850: MovReg dst: r3 src: r9
	 851: Call FnProbeReadUser
	 852: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_54:
	 853: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 854: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 855: StXMemDW dst: r7 src: r1 off: 256 imm: 0
	 856: StMemH dst: r7 src: r0 off: 10 imm: 28
	 857: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 858: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 859: MovReg dst: r9 src: r1
	 860: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 861: MovReg dst: r1 src: r9
	 862: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 863: SubReg dst: r1 src: r2
	 864: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_55>
	 865: MovReg dst: r2 src: r1
	 866: AddImm dst: r2 imm: 16
	 867: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 868: JGTReg dst: r2 off: -1 src: r3 <frame_read_55>
	 869: AddReg dst: r1 src: r8
	 870: AddImm dst: r1 imm: 180992
	 871: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 872: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 873: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 874: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 875: Ja off: -1 <frame_got_56>
frame_read_55:
	 876: MovReg dst: r1 src: r8
	 877: AddImm dst: r1 imm: 64
	 878: MovImm dst: r2 imm: 16
	 879: MovReg dst: r3 src: r9
	 880: Call FnProbeReadUser
	 881: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_56:
	 882: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 883: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 884: StXMemDW dst: r7 src: r1 off: 264 imm: 0
	 885: StMemH dst: r7 src: r0 off: 10 imm: 29
	 886: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 887: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 888: MovReg dst: r9 src: r1
	 889: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 890: MovReg dst: r1 src: r9
	 891: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 892: SubReg dst: r1 src: r2
	 893: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_57>
	 894: MovReg dst: r2 src: r1
	 895: AddImm dst: r2 imm: 16
	 896: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 897: JGTReg dst: r2 off: -1 src: r3 <frame_read_57>
	 898: AddReg dst: r1 src: r8
	 899: AddImm dst: r1 imm: 180992
	 900: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 901: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 902: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 903: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 904: Ja off: -1 <frame_got_58>
frame_read_57:
	 905: MovReg dst: r1 src: r8
	 906: AddImm dst: r1 imm: 64
	 907: MovImm dst: r2 imm: 16
	 908: MovReg dst: r3 src: r9
	 909: Call FnProbeReadUser
	 910: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_58:
	 911: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 912: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 913: StXMemDW dst: r7 src: r1 off: 272 imm: 0
	 914: StMemH dst: r7 src: r0 off: 10 imm: 30
	 915: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 916: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 917: MovReg dst: r9 src: r1
	 918: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 919: MovReg dst: r1 src: r9
	 920: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 921: SubReg dst: r1 src: r2
	 922: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_59>
	 923: MovReg dst: r2 src: r1
	 924: AddImm dst: r2 imm: 16
	 925: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 926: JGTReg dst: r2 off: -1 src: r3 <frame_read_59>
	 927: AddReg dst: r1 src: r8
	 928: AddImm dst: r1 imm: 180992
	 929: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 930: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 931: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 932: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 933: Ja off: -1 <frame_got_60>
frame_read_59:
	 934: MovReg dst: r1 src: r8
	 935: AddImm dst: r1 imm: 64
	 936: MovImm dst: r2 imm: 16
	 937: MovReg dst: r3 src: r9
	 938: Call FnProbeReadUser
	 939: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_60:
	 940: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 941: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 942: StXMemDW dst: r7 src: r1 off: 280 imm: 0
	 943: StMemH dst: r7 src: r0 off: 10 imm: 31
	 944: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 945: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 946: MovReg dst: r9 src: r1
	 947: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 948: MovReg dst: r1 src: r9
	 949: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 950: SubReg dst: r1 src: r2
	 951: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_61>
	 952: MovReg dst: r2 src: r1
	 953: AddImm dst: r2 imm: 16
	 954: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 955: JGTReg dst: r2 off: -1 src: r3 <frame_read_61>
	 956: AddReg dst: r1 src: r8
	 957: AddImm dst: r1 imm: 180992
	 958: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 959: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 960: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 961: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 962: Ja off: -1 <frame_got_62>
frame_read_61:
	 963: MovReg dst: r1 src: r8
	 964: AddImm dst: r1 imm: 64
	 965: MovImm dst: r2 imm: 16
	 966: MovReg dst: r3 src: r9
	 967: Call FnProbeReadUser
	 968: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_62:
	 969: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 970: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 971: StXMemDW dst: r7 src: r1 off: 288 imm: 0
	 972: StMemH dst: r7 src: r0 off: 10 imm: 32
	 973: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 974: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 975: MovReg dst: r9 src: r1
	 976: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 977: LdXMemW dst: r1 src: r8 off: 16 imm: 0
	 978: OrImm dst: r1 imm: 2
	 979: StXMemW dst: r8 src: r1 off: 16 imm: 0
stack_done:
	 980: MovReg dst: r9 src: r7
	 981: AddImm dst: r9 imm: 296
	 982: StMemW dst: r9 src: r0 off: 0 imm: 7
	 983: StMemDW dst: r9 src: r0 off: 8 imm: 0
	 984: StMemW dst: r9 src: r0 off: 4 imm: 0
	 985: StMemW dst: r9 src: r0 off: 16 imm: 8
	 986: StMemW dst: r9 src: r0 off: 20 imm: 8
	 987: LdXMemDW dst: r2 src: r6 off: 80 imm: 0
	 988: MovReg dst: r1 src: r9
	 989: AddImm dst: r1 imm: 24
	 990: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	 991: StMemDW dst: r8 src: r0 off: 512 imm: 320
	 992: StMemW dst: r8 src: r0 off: 520 imm: 7
	 993: StMemW dst: r8 src: r0 off: 524 imm: 1
	 994: StMemW dst: r8 src: r0 off: 528 imm: 0
	 995: StMemW dst: r8 src: r0 off: 532 imm: 1
	 996: StMemW dst: r8 src: r0 off: 536 imm: 0
	 997: StMemW dst: r8 src: r0 off: 540 imm: 328
	 998: StXMemDW dst: rfp src: r8 off: -48 imm: 0
	 999: MovImm dst: r1 imm: 16384
	1000: LdImmDW dst: r2 imm: -1 <step>
	1002: MovReg dst: r3 src: rfp
	1003: AddImm dst: r3 imm: -48
	1004: MovImm dst: r4 imm: 0
	1005: Call FnLoop
	1006: LdXMemW dst: r1 src: r8 off: 28 imm: 0
	1007: JNEImm dst: r1 off: -1 imm: 0 <steps_out>
	1008: LdXMemW dst: r1 src: r8 off: 20 imm: 0
	1009: LdXMemW dst: r2 src: r8 off: 24 imm: 0
	1010: JEqReg dst: r1 off: -1 src: r2 <emit>
steps_out:
	1011: LdXMemW dst: r1 src: r8 off: 16 imm: 0
	1012: OrImm dst: r1 imm: 1
	1013: StXMemW dst: r8 src: r1 off: 16 imm: 0
emit:
	1014: LdXMemW dst: r3 src: r8 off: 8 imm: 0
	1015: StXMemW dst: r7 src: r3 off: 0 imm: 0
	1016: LdXMemW dst: r1 src: r8 off: 12 imm: 0
	1017: StXMemW dst: r7 src: r1 off: 12 imm: 0
	1018: LdXMemW dst: r1 src: r8 off: 16 imm: 0
	1019: StXMemB dst: r7 src: r1 off: 9 imm: 0
	1020: LoadMapPtr dst: r1 fd: 7
	1022: MovImm dst: r2 imm: 0
	1023: Call FnRingbufQuery
	1024: MovImm dst: r4 imm: 1
	1025: JLTImm dst: r0 off: -1 imm: 8388608 <wake_chosen>
	1026: MovImm dst: r4 imm: 2
wake_chosen:
	1027: LoadMapPtr dst: r1 fd: 7
	1029: MovReg dst: r2 src: r7
	1030: LdXMemW dst: r3 src: r8 off: 8 imm: 0
	1031: AndImm dst: r3 imm: 65535
	1032: Call FnRingbufOutput
	1033: StMemW dst: r8 src: r0 off: 0 imm: 0
	1034: JEqImm dst: r0 off: -1 imm: 0 <exit>
drop_unowned:
	1035: MovImm dst: r1 imm: 2
	1036: StXMemW dst: rfp src: r1 off: -8 imm: 0
	1037: LoadMapPtr dst: r1 fd: 8
	1039: MovReg dst: r2 src: rfp
	1040: AddImm dst: r2 imm: -8
	1041: Call FnMapLookupElem
	1042: JEqImm dst: r0 off: -1 imm: 0 <exit>
	1043: MovImm dst: r1 imm: 1
	1044: StXAtomicAddDW dst: r0 src: r1 off: 0
exit:
	1045: MovImm dst: r0 imm: 0
	1046: Exit
step:
	1047: LdXMemDW dst: r6 src: r2 off: 0 imm: 0
	1048: LdXMemW dst: r1 src: r6 off: 28 imm: 0
	1049: JEqImm dst: r1 off: -1 imm: 0 <pop>
scan:
	1050: LdXMemW dst: r1 src: r6 off: 36 imm: 0
	1051: StXMemW dst: rfp src: r1 off: -8 imm: 0
	1052: LoadMapPtr dst: r1 fd: 4
	1054: MovReg dst: r2 src: rfp
	1055: AddImm dst: r2 imm: -8
	1056: Call FnMapLookupElem
	1057: JEqImm dst: r0 off: -1 imm: 0 <scan_end>
	1058: MovReg dst: r7 src: r0
	1059: MovImm dst: r5 imm: 0
scan_next:
	1060: LdXMemW dst: r1 src: r6 off: 44 imm: 0
	1061: LdXMemW dst: r2 src: r7 off: 4 imm: 0
	1062: JGEReg dst: r1 off: -1 src: r2 <scan_end>
	1063: MovReg dst: r8 src: r1
	1064: AndImm dst: r8 imm: 63
	1065: LShImm dst: r8 imm: 4
	1066: AddReg dst: r8 src: r7
	1067: LdXMemW dst: r9 src: r6 off: 32 imm: 0
	1068: AndImm dst: r9 imm: 65535
	1069: AddImm dst: r1 imm: 1
	1070: JGEReg dst: r1 off: -1 src: r2 <last_slot>
	1071: StXMemW dst: r6 src: r1 off: 44 imm: 0
	1072: Ja off: -1 <slot_ready>
last_slot:
	1073: StMemW dst: r6 src: r0 off: 44 imm: 0
	1074: LdXMemW dst: r1 src: r6 off: 40 imm: 0
	1075: SubImm dst: r1 imm: 1
	1076: StXMemW dst: r6 src: r1 off: 40 imm: 0
	1077: LdXMemW dst: r2 src: r7 off: 0 imm: 0
	1078: AddReg dst: r2 src: r9
	1079: StXMemW dst: r6 src: r2 off: 32 imm: 0
	1080: JNEImm dst: r1 off: -1 imm: 0 <slot_ready>
	1081: StMemW dst: r6 src: r0 off: 28 imm: 0
slot_ready:
	1082: LdXMemB dst: r1 src: r8 off: 53 imm: 0
	1083: JEqImm dst: r1 off: -1 imm: 0 <cond_ok>
	1084: LdXMemW dst: r2 src: r7 off: 8 imm: 0
	1085: LdXMemB dst: r3 src: r8 off: 54 imm: 0
	1086: AddReg dst: r2 src: r3
	1087: AddReg dst: r2 src: r9
	1088: AndImm dst: r2 imm: 65535
	1089: AddReg dst: r2 src: r6
	1090: AddImm dst: r2 imm: 49664
	1091: LdXMemB dst: r2 src: r2 off: 0 imm: 0
	1092: JEqImm dst: r1 off: -1 imm: 2 <cond_tophash>
	1093: AndImm dst: r2 imm: 128
	1094: JNEImm dst: r2 off: -1 imm: 0 <pass_over>
	1095: Ja off: -1 <cond_ok>
cond_tophash:
	1096: JLTImm dst: r2 off: -1 imm: 5 <pass_over>
cond_ok:
	1097: LdXMemW dst: r1 src: r8 off: 48 imm: 0
	1098: AddReg dst: r1 src: r9
	1099: AndImm dst: r1 imm: 65535
	1100: LdXMemB dst: r3 src: r8 off: 52 imm: 0
	1101: MovReg dst: r2 src: r3
	1102: SubImm dst: r2 imm: 2
	1103: JGTImm dst: r2 off: -1 imm: 3 <one_word>
	1104: MovReg dst: r2 src: r1
	1105: AddImm dst: r2 imm: 16
	1106: Ja off: -1 <slot_width>
one_word:
	1107: MovReg dst: r2 src: r1
	1108: AddImm dst: r2 imm: 8
slot_width:
	1109: LdXMemW dst: r4 src: r6 off: 108 imm: 0
	1110: JGTReg dst: r2 off: -1 src: r4 <pass_over>
	1111: JEqImm dst: r3 off: -1 imm: 7 <s_inline>
	1112: MovReg dst: r2 src: r1
	1113: AndImm dst: r2 imm: 65535
	1114: AddReg dst: r2 src: r6
	1115: AddImm dst: r2 imm: 49664
	1116: LdXMemDW dst: r2 src: r2 off: 0 imm: 0
	1117: JNEImm dst: r2 off: -1 imm: 0 <slot_dispatch>
pass_over:
	1118: LdXMemW dst: r1 src: r6 off: 28 imm: 0
	1119: JEqImm dst: r1 off: -1 imm: 0 <ret0>
	1120: AddImm dst: r5 imm: 1
	1121: JLTImm dst: r5 off: -1 imm: 32 <scan_next>
	1122: Ja off: -1 <ret0>
slot_dispatch:
	1123: JEqImm dst: r3 off: -1 imm: 1 <s_pointer>
	1124: JEqImm dst: r3 off: -1 imm: 6 <s_map>
	1125: JEqImm dst: r3 off: -1 imm: 2 <s_string>
	1126: JEqImm dst: r3 off: -1 imm: 3 <s_slice>
	1127: JEqImm dst: r3 off: -1 imm: 7 <s_inline>
	1128: JEqImm dst: r3 off: -1 imm: 8 <s_swiss_dir>
	1129: JEqImm dst: r3 off: -1 imm: 9 <s_swiss_groups>
	1130: JEqImm dst: r3 off: -1 imm: 10 <s_hmap_buckets>
	1131: JEqImm dst: r3 off: -1 imm: 5 <s_iface>
	1132: JEqImm dst: r3 off: -1 imm: 4 <s_eface>
	1133: Ja off: -1 <ret0>
s_pointer:
	1134: Ja off: -1 <s_map>
s_map:
	1135: MovReg dst: r2 src: r1
	1136: AndImm dst: r2 imm: 65535
	1137: AddReg dst: r2 src: r6
	1138: AddImm dst: r2 imm: 49664
	1139: LdXMemDW dst: r1 src: r2 off: 0 imm: 0
	1140: LdXMemW dst: r2 src: r8 off: 56 imm: 0
	1141: MovImm dst: r3 imm: 1
	1142: LdXMemB dst: r0 src: r8 off: 52 imm: 0
	1143: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	1144: JNEImm dst: r0 off: -1 imm: 6 <ptr_aux>
	1145: LdXMemW dst: r5 src: r8 off: 60 imm: 0
ptr_aux:
	1146: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	1147: LdXMemB dst: r0 src: r8 off: 55 imm: 0
	1148: AddReg dst: r4 src: r0
	1149: JGTImm dst: r4 off: -1 imm: 3 <pushed_63>
	1150: JEqImm dst: r1 off: -1 imm: 0 <pushed_63>
	1151: JEqImm dst: r3 off: -1 imm: 0 <pushed_63>
	1152: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1153: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1154: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1155: NegImm dst: r1 imm: 0
	1156: AddReg dst: r1 src: r0
	1157: JLTImm dst: r1 off: -1 imm: 512 <push_ok_64>
	1158: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1159: OrImm dst: r1 imm: 1
	1160: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1161: Ja off: -1 <pushed_63>
push_ok_64:
	1162: MovReg dst: r1 src: r0
	1163: AddImm dst: r1 imm: 1
	1164: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1165: AndImm dst: r0 imm: 511
	1166: LShImm dst: r0 imm: 5
	1167: AddReg dst: r0 src: r6
	1168: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1169: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1170: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1171: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1172: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1173: StMemW dst: r0 src: r0 off: 532 imm: 0
	1174: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_63:
	1175: Ja off: -1 <ret0>
s_string:
	1176: MovReg dst: r3 src: r1
	1177: AndImm dst: r3 imm: 65535
	1178: AddReg dst: r3 src: r6
	1179: AddImm dst: r3 imm: 49664
	1180: LdXMemDW dst: r2 src: r3 off: 0 imm: 0
	1181: LdXMemDW dst: r4 src: r3 off: 8 imm: 0
	1182: JLEImm dst: r4 off: -1 imm: 255 <str_capped>
	1183: MovImm dst: r4 imm: 255
str_capped:
	1184: MovReg dst: r1 src: r6
	1185: MovImm dst: r3 imm: 2
	1186: MovImm dst: r5 imm: 1
	1187: Call -1 <read_item>
	1188: Ja off: -1 <ret0>
s_slice:
	1189: MovReg dst: r2 src: r1
	1190: AndImm dst: r2 imm: 65535
	1191: AddReg dst: r2 src: r6
	1192: AddImm dst: r2 imm: 49664
	1193: LdXMemDW dst: r1 src: r2 off: 0 imm: 0
	1194: LdXMemDW dst: r3 src: r2 off: 8 imm: 0
	1195: JLEImm dst: r3 off: -1 imm: 100 <cap_65>
	1196: MovImm dst: r3 imm: 100
cap_65:
	1197: LdXMemW dst: r2 src: r8 off: 56 imm: 0
	1198: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	1199: LdXMemB dst: r0 src: r8 off: 55 imm: 0
	1200: AddReg dst: r4 src: r0
	1201: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	1202: JGTImm dst: r4 off: -1 imm: 3 <pushed_66>
	1203: JEqImm dst: r1 off: -1 imm: 0 <pushed_66>
	1204: JEqImm dst: r3 off: -1 imm: 0 <pushed_66>
	1205: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1206: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1207: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1208: NegImm dst: r1 imm: 0
	1209: AddReg dst: r1 src: r0
	1210: JLTImm dst: r1 off: -1 imm: 512 <push_ok_67>
	1211: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1212: OrImm dst: r1 imm: 1
	1213: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1214: Ja off: -1 <pushed_66>
push_ok_67:
	1215: MovReg dst: r1 src: r0
	1216: AddImm dst: r1 imm: 1
	1217: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1218: AndImm dst: r0 imm: 511
	1219: LShImm dst: r0 imm: 5
	1220: AddReg dst: r0 src: r6
	1221: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1222: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1223: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1224: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1225: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1226: StMemW dst: r0 src: r0 off: 532 imm: 0
	1227: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_66:
	1228: Ja off: -1 <ret0>
s_inline:
	1229: LdXMemW dst: r2 src: r8 off: 56 imm: 0
	1230: LdXMemW dst: r3 src: r8 off: 60 imm: 0
	1231: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	1232: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	1233: JEqImm dst: r3 off: -1 imm: 0 <pushed_68>
	1234: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1235: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1236: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1237: NegImm dst: r1 imm: 0
	1238: AddReg dst: r1 src: r0
	1239: JLTImm dst: r1 off: -1 imm: 512 <push_ok_69>
	1240: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1241: OrImm dst: r1 imm: 1
	1242: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1243: Ja off: -1 <pushed_68>
push_ok_69:
	1244: MovReg dst: r1 src: r0
	1245: AddImm dst: r1 imm: 1
	1246: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1247: AndImm dst: r0 imm: 511
	1248: LShImm dst: r0 imm: 5
	1249: AddReg dst: r0 src: r6
	1250: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1251: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1252: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1253: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1254: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1255: StMemW dst: r0 src: r0 off: 532 imm: 1
	1256: StXMemW dst: r0 src: r5 off: 536 imm: 0
	1257: LdXMemW dst: r1 src: r6 off: 108 imm: 0
	1258: StXMemW dst: r0 src: r1 off: 540 imm: 0
pushed_68:
	1259: Ja off: -1 <ret0>
s_swiss_dir:
	1260: MovReg dst: r8 src: r1
	1261: LdXMemW dst: r1 src: r6 off: 52 imm: 0
	1262: StXMemW dst: rfp src: r1 off: -8 imm: 0
	1263: LoadMapPtr dst: r1 fd: 4
	1265: MovReg dst: r2 src: rfp
	1266: AddImm dst: r2 imm: -8
	1267: Call FnMapLookupElem
	1268: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	1269: MovReg dst: r7 src: r0
	1270: LdXMemW dst: r3 src: r7 off: 24 imm: 0
	1271: AddReg dst: r3 src: r9
	1272: AndImm dst: r3 imm: 65535
	1273: AddReg dst: r3 src: r6
	1274: AddImm dst: r3 imm: 49664
	1275: LdXMemDW dst: r3 src: r3 off: 0 imm: 0
	1276: MovReg dst: r1 src: r8
	1277: AndImm dst: r1 imm: 65535
	1278: AddReg dst: r1 src: r6
	1279: AddImm dst: r1 imm: 49664
	1280: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	1281: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	1282: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	1283: JNEImm dst: r3 off: -1 imm: 0 <swiss_tables>
	1284: LdXMemW dst: r2 src: r7 off: 16 imm: 0
	1285: MovImm dst: r3 imm: 1
	1286: JGTImm dst: r4 off: -1 imm: 3 <pushed_70>
	1287: JEqImm dst: r1 off: -1 imm: 0 <pushed_70>
	1288: JEqImm dst: r3 off: -1 imm: 0 <pushed_70>
	1289: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1290: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1291: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1292: NegImm dst: r1 imm: 0
	1293: AddReg dst: r1 src: r0
	1294: JLTImm dst: r1 off: -1 imm: 512 <push_ok_71>
	1295: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1296: OrImm dst: r1 imm: 1
	1297: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1298: Ja off: -1 <pushed_70>
push_ok_71:
	1299: MovReg dst: r1 src: r0
	1300: AddImm dst: r1 imm: 1
	1301: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1302: AndImm dst: r0 imm: 511
	1303: LShImm dst: r0 imm: 5
	1304: AddReg dst: r0 src: r6
	1305: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1306: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1307: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1308: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1309: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1310: StMemW dst: r0 src: r0 off: 532 imm: 0
	1311: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_70:
	1312: Ja off: -1 <ret0>
swiss_tables:
	1313: JLEImm dst: r3 off: -1 imm: 65535 <cap_72>
	1314: MovImm dst: r3 imm: 65535
cap_72:
	1315: LdXMemW dst: r2 src: r7 off: 20 imm: 0
	1316: JGTImm dst: r4 off: -1 imm: 3 <pushed_73>
	1317: JEqImm dst: r1 off: -1 imm: 0 <pushed_73>
	1318: JEqImm dst: r3 off: -1 imm: 0 <pushed_73>
	1319: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1320: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1321: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1322: NegImm dst: r1 imm: 0
	1323: AddReg dst: r1 src: r0
	1324: JLTImm dst: r1 off: -1 imm: 512 <push_ok_74>
	1325: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1326: OrImm dst: r1 imm: 1
	1327: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1328: Ja off: -1 <pushed_73>
push_ok_74:
	1329: MovReg dst: r1 src: r0
	1330: AddImm dst: r1 imm: 1
	1331: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1332: AndImm dst: r0 imm: 511
	1333: LShImm dst: r0 imm: 5
	1334: AddReg dst: r0 src: r6
	1335: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1336: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1337: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1338: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1339: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1340: StMemW dst: r0 src: r0 off: 532 imm: 0
	1341: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_73:
	1342: Ja off: -1 <ret0>
s_swiss_groups:
	1343: MovReg dst: r8 src: r1
	1344: LdXMemW dst: r1 src: r6 off: 52 imm: 0
	1345: StXMemW dst: rfp src: r1 off: -8 imm: 0
	1346: LoadMapPtr dst: r1 fd: 4
	1348: MovReg dst: r2 src: rfp
	1349: AddImm dst: r2 imm: -8
	1350: Call FnMapLookupElem
	1351: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	1352: MovReg dst: r7 src: r0
	1353: LdXMemW dst: r3 src: r7 off: 28 imm: 0
	1354: AddReg dst: r3 src: r9
	1355: AndImm dst: r3 imm: 65535
	1356: AddReg dst: r3 src: r6
	1357: AddImm dst: r3 imm: 49664
	1358: LdXMemDW dst: r3 src: r3 off: 0 imm: 0
	1359: JLEImm dst: r3 off: -1 imm: 65534 <cap_75>
	1360: MovImm dst: r3 imm: 65534
cap_75:
	1361: AddImm dst: r3 imm: 1
	1362: LdXMemW dst: r2 src: r7 off: 32 imm: 0
	1363: JEqImm dst: r2 off: -1 imm: 65535 <groups_counted>
	1364: AddReg dst: r2 src: r9
	1365: AndImm dst: r2 imm: 65535
	1366: AddReg dst: r2 src: r6
	1367: AddImm dst: r2 imm: 49664
	1368: LdXMemH dst: r2 src: r2 off: 0 imm: 0
	1369: JEqImm dst: r2 off: -1 imm: 0 <ret0>
	1370: MovReg dst: r0 src: r3
	1371: MulImm dst: r0 imm: 200
	1372: AddReg dst: r0 src: r2
	1373: SubImm dst: r0 imm: 1
	1374: DivReg dst: r0 src: r2
	1375: JLEReg dst: r3 off: -1 src: r0 <groups_counted>
	1376: MovReg dst: r3 src: r0
groups_counted:
	1377: MovReg dst: r1 src: r8
	1378: AndImm dst: r1 imm: 65535
	1379: AddReg dst: r1 src: r6
	1380: AddImm dst: r1 imm: 49664
	1381: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	1382: LdXMemW dst: r2 src: r7 off: 16 imm: 0
	1383: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	1384: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	1385: JGTImm dst: r4 off: -1 imm: 3 <pushed_76>
	1386: JEqImm dst: r1 off: -1 imm: 0 <pushed_76>
	1387: JEqImm dst: r3 off: -1 imm: 0 <pushed_76>
	1388: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1389: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1390: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1391: NegImm dst: r1 imm: 0
	1392: AddReg dst: r1 src: r0
	1393: JLTImm dst: r1 off: -1 imm: 512 <push_ok_77>
	1394: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1395: OrImm dst: r1 imm: 1
	1396: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1397: Ja off: -1 <pushed_76>
push_ok_77:
	1398: MovReg dst: r1 src: r0
	1399: AddImm dst: r1 imm: 1
	1400: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1401: AndImm dst: r0 imm: 511
	1402: LShImm dst: r0 imm: 5
	1403: AddReg dst: r0 src: r6
	1404: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1405: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1406: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1407: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1408: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1409: StMemW dst: r0 src: r0 off: 532 imm: 0
	1410: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_76:
	1411: Ja off: -1 <ret0>
s_hmap_buckets:
	1412: MovReg dst: r8 src: r1
	1413: LdXMemW dst: r1 src: r6 off: 52 imm: 0
	1414: StXMemW dst: rfp src: r1 off: -8 imm: 0
	1415: LoadMapPtr dst: r1 fd: 4
	1417: MovReg dst: r2 src: rfp
	1418: AddImm dst: r2 imm: -8
	1419: Call FnMapLookupElem
	1420: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	1421: MovReg dst: r7 src: r0
	1422: LdXMemW dst: r0 src: r7 off: 40 imm: 0
	1423: AddReg dst: r0 src: r9
	1424: AndImm dst: r0 imm: 65535
	1425: AddReg dst: r0 src: r6
	1426: AddImm dst: r0 imm: 49664
	1427: LdXMemB dst: r0 src: r0 off: 0 imm: 0
	1428: JLEImm dst: r0 off: -1 imm: 16 <hmap_b>
	1429: MovImm dst: r0 imm: 16
hmap_b:
	1430: StXMemDW dst: rfp src: r0 off: -24 imm: 0
	1431: MovImm dst: r3 imm: 1
	1432: LShReg dst: r3 src: r0
	1433: MovReg dst: r1 src: r8
	1434: AndImm dst: r1 imm: 65535
	1435: AddReg dst: r1 src: r6
	1436: AddImm dst: r1 imm: 49664
	1437: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	1438: LdXMemW dst: r2 src: r7 off: 36 imm: 0
	1439: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	1440: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	1441: JGTImm dst: r4 off: -1 imm: 3 <pushed_78>
	1442: JEqImm dst: r1 off: -1 imm: 0 <pushed_78>
	1443: JEqImm dst: r3 off: -1 imm: 0 <pushed_78>
	1444: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1445: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1446: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1447: NegImm dst: r1 imm: 0
	1448: AddReg dst: r1 src: r0
	1449: JLTImm dst: r1 off: -1 imm: 512 <push_ok_79>
	1450: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1451: OrImm dst: r1 imm: 1
	1452: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1453: Ja off: -1 <pushed_78>
push_ok_79:
	1454: MovReg dst: r1 src: r0
	1455: AddImm dst: r1 imm: 1
	1456: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1457: AndImm dst: r0 imm: 511
	1458: LShImm dst: r0 imm: 5
	1459: AddReg dst: r0 src: r6
	1460: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1461: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1462: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1463: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1464: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1465: StMemW dst: r0 src: r0 off: 532 imm: 0
	1466: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_78:
	1467: LdXMemW dst: r1 src: r7 off: 44 imm: 0
	1468: AddReg dst: r1 src: r9
	1469: AndImm dst: r1 imm: 65535
	1470: AddReg dst: r1 src: r6
	1471: AddImm dst: r1 imm: 49664
	1472: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	1473: LdXMemDW dst: r0 src: rfp off: -24 imm: 0
	1474: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	1475: SubImm dst: r0 imm: 1
	1476: MovImm dst: r3 imm: 1
	1477: LShReg dst: r3 src: r0
	1478: LdXMemW dst: r2 src: r7 off: 36 imm: 0
	1479: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	1480: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	1481: JGTImm dst: r4 off: -1 imm: 3 <pushed_80>
	1482: JEqImm dst: r1 off: -1 imm: 0 <pushed_80>
	1483: JEqImm dst: r3 off: -1 imm: 0 <pushed_80>
	1484: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1485: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1486: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1487: NegImm dst: r1 imm: 0
	1488: AddReg dst: r1 src: r0
	1489: JLTImm dst: r1 off: -1 imm: 512 <push_ok_81>
	1490: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1491: OrImm dst: r1 imm: 1
	1492: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1493: Ja off: -1 <pushed_80>
push_ok_81:
	1494: MovReg dst: r1 src: r0
	1495: AddImm dst: r1 imm: 1
	1496: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1497: AndImm dst: r0 imm: 511
	1498: LShImm dst: r0 imm: 5
	1499: AddReg dst: r0 src: r6
	1500: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1501: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1502: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1503: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1504: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1505: StMemW dst: r0 src: r0 off: 532 imm: 0
	1506: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_80:
	1507: Ja off: -1 <ret0>
s_iface:
	1508: MovReg dst: r9 src: r1
	1509: MovReg dst: r2 src: r1
	1510: AndImm dst: r2 imm: 65535
	1511: AddReg dst: r2 src: r6
	1512: AddImm dst: r2 imm: 49664
	1513: LdXMemDW dst: r2 src: r2 off: 0 imm: 0
	1514: JEqImm dst: r2 off: -1 imm: 0 <ret0>
	1515: StXMemDW dst: rfp src: r2 off: -16 imm: 0
	1516: MovReg dst: r1 src: r6
	1517: MovImm dst: r3 imm: 20
	1518: MovImm dst: r4 imm: 1
	1519: MovImm dst: r5 imm: 0
	1520: Call -1 <read_item>
	1521: JSLTImm dst: r0 off: -1 imm: 0 <itab_reread>
	1522: LdXMemW dst: r1 src: r6 off: 100 imm: 0
	1523: JLTImm dst: r1 off: -1 imm: 16 <ret0>
	1524: MovReg dst: r1 src: r0
	1525: AndImm dst: r1 imm: 65535
	1526: AddReg dst: r1 src: r6
	1527: AddImm dst: r1 imm: 49664
	1528: LdXMemDW dst: r1 src: r1 off: 8 imm: 0
	1529: Ja off: -1 <iface_type>
itab_reread:
	1530: MovReg dst: r1 src: rfp
	1531: AddImm dst: r1 imm: -8
	1532: MovImm dst: r2 imm: 8
	1533: LdXMemDW dst: r3 src: rfp off: -16 imm: 0
	1534: AddImm dst: r3 imm: 8
	1535: Call FnProbeReadUser
	1536: JNEImm dst: r0 off: -1 imm: 0 <ret0>
	1537: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	1538: Ja off: -1 <iface_type>
s_eface:
	1539: MovReg dst: r9 src: r1
	1540: MovReg dst: r2 src: r1
	1541: AndImm dst: r2 imm: 65535
	1542: AddReg dst: r2 src: r6
	1543: AddImm dst: r2 imm: 49664
	1544: LdXMemDW dst: r1 src: r2 off: 0 imm: 0
iface_type:
	1545: JEqImm dst: r1 off: -1 imm: 0 <ret0>
	1546: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	1547: LoadMapPtr dst: r1 fd: 5
	1549: MovReg dst: r2 src: rfp
	1550: AddImm dst: r2 imm: -8
	1551: Call FnMapLookupElem
	1552: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	1553: LdXMemW dst: r2 src: r0 off: 0 imm: 0
	1554: LdXMemW dst: r0 src: r0 off: 4 imm: 0
	1555: MovImm dst: r3 imm: 1
	1556: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	1557: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	1558: JSetImm dst: r0 off: -1 imm: 1 <iface_direct>
	1559: MovReg dst: r1 src: r9
	1560: AndImm dst: r1 imm: 65535
	1561: AddReg dst: r1 src: r6
	1562: AddImm dst: r1 imm: 49664
	1563: LdXMemDW dst: r1 src: r1 off: 8 imm: 0
	1564: AddImm dst: r4 imm: 1
	1565: JGTImm dst: r4 off: -1 imm: 3 <pushed_82>
	1566: JEqImm dst: r1 off: -1 imm: 0 <pushed_82>
	1567: JEqImm dst: r3 off: -1 imm: 0 <pushed_82>
	1568: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1569: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1570: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1571: NegImm dst: r1 imm: 0
	1572: AddReg dst: r1 src: r0
	1573: JLTImm dst: r1 off: -1 imm: 512 <push_ok_83>
	1574: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1575: OrImm dst: r1 imm: 1
	1576: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1577: Ja off: -1 <pushed_82>
push_ok_83:
	1578: MovReg dst: r1 src: r0
	1579: AddImm dst: r1 imm: 1
	1580: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1581: AndImm dst: r0 imm: 511
	1582: LShImm dst: r0 imm: 5
	1583: AddReg dst: r0 src: r6
	1584: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1585: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1586: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1587: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1588: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1589: StMemW dst: r0 src: r0 off: 532 imm: 0
	1590: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_82:
	1591: Ja off: -1 <ret0>
iface_direct:
	1592: MovReg dst: r1 src: r9
	1593: AddImm dst: r1 imm: 8
	1594: JEqImm dst: r3 off: -1 imm: 0 <pushed_84>
	1595: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1596: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1597: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1598: NegImm dst: r1 imm: 0
	1599: AddReg dst: r1 src: r0
	1600: JLTImm dst: r1 off: -1 imm: 512 <push_ok_85>
	1601: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1602: OrImm dst: r1 imm: 1
	1603: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1604: Ja off: -1 <pushed_84>
push_ok_85:
	1605: MovReg dst: r1 src: r0
	1606: AddImm dst: r1 imm: 1
	1607: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1608: AndImm dst: r0 imm: 511
	1609: LShImm dst: r0 imm: 5
	1610: AddReg dst: r0 src: r6
	1611: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1612: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1613: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1614: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1615: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1616: StMemW dst: r0 src: r0 off: 532 imm: 1
	1617: StXMemW dst: r0 src: r5 off: 536 imm: 0
	1618: LdXMemW dst: r1 src: r6 off: 108 imm: 0
	1619: StXMemW dst: r0 src: r1 off: 540 imm: 0
pushed_84:
	1620: Ja off: -1 <ret0>
scan_end:
	1621: StMemW dst: r6 src: r0 off: 28 imm: 0
	1622: Ja off: -1 <ret0>
pop:
	1623: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1624: LdXMemW dst: r2 src: r6 off: 24 imm: 0
	1625: JNEReg dst: r1 off: -1 src: r2 <have_task>
	1626: MovImm dst: r0 imm: 1
	1627: Exit
have_task:
	1628: MovReg dst: r2 src: r1
	1629: AddImm dst: r2 imm: 1
	1630: StXMemW dst: r6 src: r2 off: 20 imm: 0
	1631: MovReg dst: r8 src: r1
	1632: AndImm dst: r8 imm: 511
	1633: LShImm dst: r8 imm: 5
	1634: AddReg dst: r8 src: r6
	1635: AddImm dst: r8 imm: 512
	1636: LdXMemW dst: r1 src: r8 off: 8 imm: 0
	1637: StXMemW dst: rfp src: r1 off: -8 imm: 0
	1638: LoadMapPtr dst: r1 fd: 4
	1640: MovReg dst: r2 src: rfp
	1641: AddImm dst: r2 imm: -8
	1642: Call FnMapLookupElem
	1643: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	1644: MovReg dst: r7 src: r0
	1645: LdXMemW dst: r1 src: r8 off: 20 imm: 0
	1646: JEqImm dst: r1 off: -1 imm: 0 <read>
	1647: LdXMemW dst: r2 src: r8 off: 28 imm: 0
	1648: LdXMemDW dst: r1 src: r8 off: 0 imm: 0
	1649: Ja off: -1 <start_scan>
read:
	1650: MovReg dst: r1 src: r6
	1651: LdXMemDW dst: r2 src: r8 off: 0 imm: 0
	1652: LdXMemW dst: r3 src: r8 off: 8 imm: 0
	1653: LdXMemW dst: r4 src: r8 off: 12 imm: 0
	1654: MovImm dst: r5 imm: 1
	1655: Call -1 <read_item>
	1656: JSLTImm dst: r0 off: -1 imm: 0 <ret0>
	1657: LdXMemW dst: r1 src: r6 off: 84 imm: 0
	1658: StXMemW dst: r8 src: r1 off: 12 imm: 0
	1659: LdXMemW dst: r2 src: r6 off: 100 imm: 0
	1660: AddReg dst: r2 src: r0
	1661: MovReg dst: r1 src: r0
start_scan:
	1662: StXMemW dst: r6 src: r2 off: 108 imm: 0
	1663: LdXMemW dst: r2 src: r7 off: 4 imm: 0
	1664: JEqImm dst: r2 off: -1 imm: 0 <ret0>
	1665: StXMemW dst: r6 src: r1 off: 32 imm: 0
	1666: LdXMemW dst: r2 src: r8 off: 8 imm: 0
	1667: StXMemW dst: r6 src: r2 off: 36 imm: 0
	1668: LdXMemW dst: r2 src: r8 off: 12 imm: 0
	1669: StXMemW dst: r6 src: r2 off: 40 imm: 0
	1670: LdXMemW dst: r2 src: r8 off: 16 imm: 0
	1671: StXMemW dst: r6 src: r2 off: 48 imm: 0
	1672: LdXMemW dst: r2 src: r8 off: 24 imm: 0
	1673: StXMemW dst: r6 src: r2 off: 52 imm: 0
	1674: StMemW dst: r6 src: r0 off: 44 imm: 0
	1675: StMemW dst: r6 src: r0 off: 28 imm: 1
	1676: Ja off: -1 <scan>
ret0:
	1677: MovImm dst: r0 imm: 0
	1678: Exit
read_item:
	1679: MovReg dst: r6 src: r1
	1680: MovReg dst: r9 src: r2
	1681: StXMemDW dst: rfp src: r5 off: -16 imm: 0
	1682: JEqImm dst: r9 off: -1 imm: 0 <ri_none>
	1683: JEqImm dst: r4 off: -1 imm: 0 <ri_none>
	1684: StXMemW dst: r6 src: r3 off: 88 imm: 0
	1685: StXMemW dst: r6 src: r4 off: 92 imm: 0
	1686: StXMemW dst: rfp src: r3 off: -8 imm: 0
	1687: LoadMapPtr dst: r1 fd: 4
	1689: MovReg dst: r2 src: rfp
	1690: AddImm dst: r2 imm: -8
	1691: Call FnMapLookupElem
	1692: JEqImm dst: r0 off: -1 imm: 0 <ri_none>
	1693: MovReg dst: r7 src: r0
	1694: LdXMemW dst: r1 src: r7 off: 0 imm: 0
	1695: JEqImm dst: r1 off: -1 imm: 0 <ri_none>
	1696: LdXMemW dst: r2 src: r6 off: 92 imm: 0
	1697: MulReg dst: r1 src: r2
	1698: JLEImm dst: r1 off: -1 imm: 65535 <ri_asked>
	1699: MovImm dst: r1 imm: 65535
ri_asked:
	1700: StXMemW dst: r6 src: r1 off: 104 imm: 0
	1701: LdXMemW dst: r2 src: r6 off: 88 imm: 0
	1702: MovReg dst: r3 src: r2
	1703: LShImm dst: r3 imm: 40
	1704: MovReg dst: r1 src: r9
	1705: XorReg dst: r1 src: r3
	1706: LdImmDW dst: r3 imm: -7046029254386353131
	1708: MulReg dst: r1 src: r3
	1709: RShImm dst: r1 imm: 54
	1710: LdXMemW dst: r0 src: r6 off: 4 imm: 0
	1711: LdXMemW dst: r3 src: r6 off: 104 imm: 0
	1712: MovReg dst: r4 src: r1
	1713: AddImm dst: r4 imm: 0
	1714: AndImm dst: r4 imm: 1023
	1715: LShImm dst: r4 imm: 5
	1716: AddReg dst: r4 src: r6
	1717: AddImm dst: r4 imm: 16896
	1718: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	1719: JNEReg dst: r5 off: -1 src: r0 <dedup_insert>
	1720: LdXMemDW dst: r5 src: r4 off: 0 imm: 0
	1721: JNEReg dst: r5 off: -1 src: r9 <dedup_next_86>
	1722: LdXMemW dst: r5 src: r4 off: 8 imm: 0
	1723: JNEReg dst: r5 off: -1 src: r2 <dedup_next_86>
	1724: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	1725: JGEReg dst: r5 off: -1 src: r3 <ri_none>
	1726: Ja off: -1 <dedup_insert>
dedup_next_86:
	1727: MovReg dst: r4 src: r1
	1728: AddImm dst: r4 imm: 1
	1729: AndImm dst: r4 imm: 1023
	1730: LShImm dst: r4 imm: 5
	1731: AddReg dst: r4 src: r6
	1732: AddImm dst: r4 imm: 16896
	1733: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	1734: JNEReg dst: r5 off: -1 src: r0 <dedup_insert>
	1735: LdXMemDW dst: r5 src: r4 off: 0 imm: 0
	1736: JNEReg dst: r5 off: -1 src: r9 <dedup_next_87>
	1737: LdXMemW dst: r5 src: r4 off: 8 imm: 0
	1738: JNEReg dst: r5 off: -1 src: r2 <dedup_next_87>
	1739: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	1740: JGEReg dst: r5 off: -1 src: r3 <ri_none>
	1741: Ja off: -1 <dedup_insert>
dedup_next_87:
	1742: MovReg dst: r4 src: r1
	1743: AddImm dst: r4 imm: 2
	1744: AndImm dst: r4 imm: 1023
	1745: LShImm dst: r4 imm: 5
	1746: AddReg dst: r4 src: r6
	1747: AddImm dst: r4 imm: 16896
	1748: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	1749: JNEReg dst: r5 off: -1 src: r0 <dedup_insert>
	1750: LdXMemDW dst: r5 src: r4 off: 0 imm: 0
	1751: JNEReg dst: r5 off: -1 src: r9 <dedup_next_88>
	1752: LdXMemW dst: r5 src: r4 off: 8 imm: 0
	1753: JNEReg dst: r5 off: -1 src: r2 <dedup_next_88>
	1754: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	1755: JGEReg dst: r5 off: -1 src: r3 <ri_none>
	1756: Ja off: -1 <dedup_insert>
dedup_next_88:
	1757: MovReg dst: r4 src: r1
	1758: AddImm dst: r4 imm: 3
	1759: AndImm dst: r4 imm: 1023
	1760: LShImm dst: r4 imm: 5
	1761: AddReg dst: r4 src: r6
	1762: AddImm dst: r4 imm: 16896
	1763: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	1764: JNEReg dst: r5 off: -1 src: r0 <dedup_insert>
	1765: LdXMemDW dst: r5 src: r4 off: 0 imm: 0
	1766: JNEReg dst: r5 off: -1 src: r9 <dedup_next_89>
	1767: LdXMemW dst: r5 src: r4 off: 8 imm: 0
	1768: JNEReg dst: r5 off: -1 src: r2 <dedup_next_89>
	1769: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	1770: JGEReg dst: r5 off: -1 src: r3 <ri_none>
	1771: Ja off: -1 <dedup_insert>
dedup_next_89:
	1772: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1773: OrImm dst: r1 imm: 1
	1774: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1775: Ja off: -1 <ri_none>
dedup_insert:
	1776: StXMemDW dst: r4 src: r9 off: 0 imm: 0
	1777: StXMemW dst: r4 src: r2 off: 8 imm: 0
	1778: StXMemW dst: r4 src: r0 off: 12 imm: 0
	1779: StXMemW dst: r4 src: r3 off: 16 imm: 0
	1780: MovImm dst: r1 imm: 4328
	1781: LdXMemW dst: r2 src: r6 off: 80 imm: 0
	1782: SubReg dst: r1 src: r2
	1783: LdXMemW dst: r2 src: r7 off: 0 imm: 0
	1784: JSGEReg dst: r1 off: -1 src: r2 <ri_room>
	1785: AndImm dst: r1 imm: -8
	1786: JSLEImm dst: r1 off: -1 imm: 0 <ri_no_room>
	1787: MovReg dst: r3 src: r1
	1788: StMemW dst: r6 src: r0 off: 84 imm: 1
	1789: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1790: OrImm dst: r1 imm: 1
	1791: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1792: Ja off: -1 <ri_prefix>
ri_no_room:
	1793: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1794: OrImm dst: r1 imm: 1
	1795: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1796: Ja off: -1 <ri_none>
ri_room:
	1797: DivReg dst: r1 src: r2
	1798: LdXMemW dst: r3 src: r6 off: 92 imm: 0
	1799: JLEReg dst: r3 off: -1 src: r1 <ri_fits>
	1800: MovReg dst: r3 src: r1
	1801: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1802: OrImm dst: r1 imm: 1
	1803: StXMemW dst: r6 src: r1 off: 16 imm: 0
ri_fits:
	1804: StXMemW dst: r6 src: r3 off: 84 imm: 0
	1805: MulReg dst: r3 src: r2
ri_prefix:
	1806: AndImm dst: r3 imm: 65535
	1807: StXMemW dst: r6 src: r3 off: 100 imm: 0
	1808: LdXMemW dst: r1 src: r6 off: 8 imm: 0
	1809: StXMemW dst: r6 src: r1 off: 96 imm: 0
	1810: AndImm dst: r1 imm: 65535
	1811: AddReg dst: r1 src: r6
	1812: AddImm dst: r1 imm: 49664
	1813: LdXMemW dst: r2 src: r6 off: 88 imm: 0
	1814: StXMemW dst: r1 src: r2 off: 0 imm: 0
	1815: StMemW dst: r1 src: r0 off: 4 imm: 0
	1816: StXMemDW dst: r1 src: r9 off: 8 imm: 0
	1817: StXMemW dst: r1 src: r3 off: 16 imm: 0
	1818: MovReg dst: r2 src: r3
	1819: AddImm dst: r2 imm: 7
	1820: AndImm dst: r2 imm: -8
	1821: StXMemW dst: r1 src: r2 off: 20 imm: 0
	1822: LdXMemW dst: r2 src: r6 off: 12 imm: 0
	1823: AddImm dst: r2 imm: 1
	1824: StXMemW dst: r6 src: r2 off: 12 imm: 0
	1825: AddImm dst: r1 imm: 24
	1826: MovReg dst: r2 src: r3
	1827: MovReg dst: r3 src: r9
	1828: Call FnProbeReadUser
	1829: JEqImm dst: r0 off: -1 imm: 0 <ri_read>
	1830: LdXMemW dst: r1 src: r6 off: 96 imm: 0
	1831: AndImm dst: r1 imm: 65535
	1832: AddReg dst: r1 src: r6
	1833: AddImm dst: r1 imm: 49664
	1834: StMemW dst: r1 src: r0 off: 4 imm: 1
	1835: StMemW dst: r1 src: r0 off: 16 imm: 0
	1836: StMemW dst: r1 src: r0 off: 20 imm: 0
	1837: MovImm dst: r2 imm: 0
	1838: Ja off: -1 <ri_advance>
ri_read:
	1839: LdXMemW dst: r2 src: r6 off: 100 imm: 0
	1840: AddImm dst: r2 imm: 7
	1841: AndImm dst: r2 imm: -8
ri_advance:
	1842: LdXMemW dst: r1 src: r6 off: 96 imm: 0
	1843: AddImm dst: r1 imm: 24
	1844: MovReg dst: r0 src: r1
	1845: AddReg dst: r1 src: r2
	1846: StXMemW dst: r6 src: r1 off: 8 imm: 0
	1847: LdXMemW dst: r1 src: r6 off: 80 imm: 0
	1848: AddImm dst: r1 imm: 24
	1849: StXMemW dst: r6 src: r1 off: 80 imm: 0
	1850: LdXMemW dst: r1 src: r6 off: 80 imm: 0
	1851: AddReg dst: r1 src: r2
	1852: StXMemW dst: r6 src: r1 off: 80 imm: 0
	1853: JEqImm dst: r2 off: -1 imm: 0 <ri_none>
	1854: Exit
ri_static:
	1855: LdXMemW dst: r1 src: r6 off: 96 imm: 0
	1856: AndImm dst: r1 imm: 65535
	1857: AddReg dst: r1 src: r6
	1858: AddImm dst: r1 imm: 49664
	1859: StMemW dst: r1 src: r0 off: 4 imm: 128
	1860: StMemW dst: r1 src: r0 off: 20 imm: 0
	1861: LdXMemW dst: r1 src: r6 off: 96 imm: 0
	1862: AddImm dst: r1 imm: 24
	1863: StXMemW dst: r6 src: r1 off: 8 imm: 0
	1864: LdXMemW dst: r1 src: r6 off: 80 imm: 0
	1865: LdXMemW dst: r2 src: r6 off: 100 imm: 0
	1866: AddImm dst: r2 imm: 31
	1867: AndImm dst: r2 imm: -8
	1868: AddReg dst: r1 src: r2
	1869: StXMemW dst: r6 src: r1 off: 80 imm: 0
ri_none:
	1870: MovImm dst: r0 imm: -1
	1871: Exit
