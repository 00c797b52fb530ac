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
	  41: JEqImm dst: r1 off: -1 imm: 0 <no_call>
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
	  53: JEqImm dst: r0 off: -1 imm: 0 <no_call>
	  54: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  55: StXMemDW dst: r7 src: r1 off: 32 imm: 0
	  56: LoadMapPtr dst: r1 fd: 6
	  58: MovReg dst: r2 src: rfp
	  59: AddImm dst: r2 imm: -32
	  60: Call FnMapDeleteElem
	  61: Ja off: -1 <call_done>
no_call:
	  62: StMemW dst: r8 src: r0 off: 0 imm: 0
	  63: Ja off: -1 <exit>
call_done:
	  64: MovReg dst: r1 src: r6
	  65: Call FnGetAttachCookie
	  66: StXMemDW dst: r7 src: r0 off: 40 imm: 0
	  67: StMemH dst: r7 src: r0 off: 10 imm: 1
	  68: LdXMemDW dst: r2 src: r8 off: 128 imm: 0
	  69: LdXMemDW dst: r3 src: r6 off: 152 imm: 0
	  70: SubReg dst: r2 src: r3
	  71: JSLTImm dst: r2 off: -1 imm: 0 <window_none>
	  72: JLEImm dst: r2 off: -1 imm: 2048 <window_sized>
	  73: MovImm dst: r2 imm: 2048
	  74: Ja off: -1 <window_sized>
window_none:
	  75: MovImm dst: r2 imm: 0
window_sized:
	  76: StXMemDW dst: r8 src: r2 off: 56 imm: 0
	  77: MovReg dst: r1 src: r8
	  78: AddImm dst: r1 imm: 180992
	  79: Call FnProbeReadUser
	  80: JEqImm dst: r0 off: -1 imm: 0 <window_read>
	  81: StMemDW dst: r8 src: r0 off: 56 imm: 0
window_read:
	  82: LdXMemDW dst: r9 src: r6 off: 152 imm: 0
	  83: MovReg dst: r1 src: r9
	  84: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	  85: SubReg dst: r1 src: r2
	  86: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_1>
	  87: MovReg dst: r2 src: r1
	  88: AddImm dst: r2 imm: 16
	  89: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	  90: JGTReg dst: r2 off: -1 src: r3 <frame_read_1>
	  91: AddReg dst: r1 src: r8
	  92: AddImm dst: r1 imm: 180992
	  93: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	  94: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	  95: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	  96: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	  97: Ja off: -1 <frame_got_2>
frame_read_1:
	  98: MovReg dst: r1 src: r8
	  99: AddImm dst: r1 imm: 64
	 100: MovImm dst: r2 imm: 16
	 101: MovReg dst: r3 src: r9
	 102: Call FnProbeReadUser
	 103: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_2:
	 104: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 105: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 106: StXMemDW dst: r7 src: r1 off: 48 imm: 0
	 107: LdXMemDW dst: r9 src: r6 off: 32 imm: 0
	 108: StMemH dst: r7 src: r0 off: 10 imm: 2
	 109: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 110: MovReg dst: r1 src: r9
	 111: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 112: SubReg dst: r1 src: r2
	 113: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_3>
	 114: MovReg dst: r2 src: r1
	 115: AddImm dst: r2 imm: 16
	 116: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 117: JGTReg dst: r2 off: -1 src: r3 <frame_read_3>
	 118: AddReg dst: r1 src: r8
	 119: AddImm dst: r1 imm: 180992
	 120: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 121: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 122: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 123: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 124: Ja off: -1 <frame_got_4>
frame_read_3:
	 125: MovReg dst: r1 src: r8
	 126: AddImm dst: r1 imm: 64
	 127: MovImm dst: r2 imm: 16
	 128: MovReg dst: r3 src: r9
	 129: Call FnProbeReadUser
	 130: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_4:
	 131: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 132: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 133: StXMemDW dst: r7 src: r1 off: 56 imm: 0
	 134: StMemH dst: r7 src: r0 off: 10 imm: 3
	 135: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 136: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 137: MovReg dst: r9 src: r1
	 138: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 139: MovReg dst: r1 src: r9
	 140: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 141: SubReg dst: r1 src: r2
	 142: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_5>
	 143: MovReg dst: r2 src: r1
	 144: AddImm dst: r2 imm: 16
	 145: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 146: JGTReg dst: r2 off: -1 src: r3 <frame_read_5>
	 147: AddReg dst: r1 src: r8
	 148: AddImm dst: r1 imm: 180992
	 149: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 150: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 151: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 152: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 153: Ja off: -1 <frame_got_6>
frame_read_5:
	 154: MovReg dst: r1 src: r8
	 155: AddImm dst: r1 imm: 64
	 156: MovImm dst: r2 imm: 16
	 157: MovReg dst: r3 src: r9
	 158: Call FnProbeReadUser
	 159: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_6:
	 160: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 161: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 162: StXMemDW dst: r7 src: r1 off: 64 imm: 0
	 163: StMemH dst: r7 src: r0 off: 10 imm: 4
	 164: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 165: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 166: MovReg dst: r9 src: r1
	 167: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 168: MovReg dst: r1 src: r9
	 169: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 170: SubReg dst: r1 src: r2
	 171: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_7>
	 172: MovReg dst: r2 src: r1
	 173: AddImm dst: r2 imm: 16
	 174: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 175: JGTReg dst: r2 off: -1 src: r3 <frame_read_7>
	 176: AddReg dst: r1 src: r8
	 177: AddImm dst: r1 imm: 180992
	 178: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 179: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 180: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 181: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 182: Ja off: -1 <frame_got_8>
frame_read_7:
	 183: MovReg dst: r1 src: r8
	 184: AddImm dst: r1 imm: 64
	 185: MovImm dst: r2 imm: 16
	 186: MovReg dst: r3 src: r9
	 187: Call FnProbeReadUser
	 188: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_8:
	 189: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 190: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 191: StXMemDW dst: r7 src: r1 off: 72 imm: 0
	 192: StMemH dst: r7 src: r0 off: 10 imm: 5
	 193: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 194: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 195: MovReg dst: r9 src: r1
	 196: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 197: MovReg dst: r1 src: r9
	 198: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 199: SubReg dst: r1 src: r2
	 200: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_9>
	 201: MovReg dst: r2 src: r1
	 202: AddImm dst: r2 imm: 16
	 203: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 204: JGTReg dst: r2 off: -1 src: r3 <frame_read_9>
	 205: AddReg dst: r1 src: r8
	 206: AddImm dst: r1 imm: 180992
	 207: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 208: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 209: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 210: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 211: Ja off: -1 <frame_got_10>
frame_read_9:
	 212: MovReg dst: r1 src: r8
	 213: AddImm dst: r1 imm: 64
	 214: MovImm dst: r2 imm: 16
	 215: MovReg dst: r3 src: r9
	 216: Call FnProbeReadUser
	 217: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_10:
	 218: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 219: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 220: StXMemDW dst: r7 src: r1 off: 80 imm: 0
	 221: StMemH dst: r7 src: r0 off: 10 imm: 6
	 222: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 223: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 224: MovReg dst: r9 src: r1
	 225: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 226: MovReg dst: r1 src: r9
	 227: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 228: SubReg dst: r1 src: r2
	 229: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_11>
	 230: MovReg dst: r2 src: r1
	 231: AddImm dst: r2 imm: 16
	 232: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 233: JGTReg dst: r2 off: -1 src: r3 <frame_read_11>
	 234: AddReg dst: r1 src: r8
	 235: AddImm dst: r1 imm: 180992
	 236: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 237: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 238: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 239: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 240: Ja off: -1 <frame_got_12>
frame_read_11:
	 241: MovReg dst: r1 src: r8
	 242: AddImm dst: r1 imm: 64
	 243: MovImm dst: r2 imm: 16
	 244: MovReg dst: r3 src: r9
	 245: Call FnProbeReadUser
	 246: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_12:
	 247: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 248: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 249: StXMemDW dst: r7 src: r1 off: 88 imm: 0
	 250: StMemH dst: r7 src: r0 off: 10 imm: 7
	 251: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 252: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 253: MovReg dst: r9 src: r1
	 254: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 255: MovReg dst: r1 src: r9
	 256: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 257: SubReg dst: r1 src: r2
	 258: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_13>
	 259: MovReg dst: r2 src: r1
	 260: AddImm dst: r2 imm: 16
	 261: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 262: JGTReg dst: r2 off: -1 src: r3 <frame_read_13>
	 263: AddReg dst: r1 src: r8
	 264: AddImm dst: r1 imm: 180992
	 265: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 266: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 267: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 268: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 269: Ja off: -1 <frame_got_14>
frame_read_13:
	 270: MovReg dst: r1 src: r8
	 271: AddImm dst: r1 imm: 64
	 272: MovImm dst: r2 imm: 16
	 273: MovReg dst: r3 src: r9
	 274: Call FnProbeReadUser
	 275: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_14:
	 276: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 277: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 278: StXMemDW dst: r7 src: r1 off: 96 imm: 0
	 279: StMemH dst: r7 src: r0 off: 10 imm: 8
	 280: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 281: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 282: MovReg dst: r9 src: r1
	 283: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 284: MovReg dst: r1 src: r9
	 285: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 286: SubReg dst: r1 src: r2
	 287: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_15>
	 288: MovReg dst: r2 src: r1
	 289: AddImm dst: r2 imm: 16
	 290: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 291: JGTReg dst: r2 off: -1 src: r3 <frame_read_15>
	 292: AddReg dst: r1 src: r8
	 293: AddImm dst: r1 imm: 180992
	 294: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 295: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 296: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 297: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 298: Ja off: -1 <frame_got_16>
frame_read_15:
	 299: MovReg dst: r1 src: r8
	 300: AddImm dst: r1 imm: 64
	 301: MovImm dst: r2 imm: 16
	 302: MovReg dst: r3 src: r9
	 303: Call FnProbeReadUser
	 304: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_16:
	 305: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 306: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 307: StXMemDW dst: r7 src: r1 off: 104 imm: 0
	 308: StMemH dst: r7 src: r0 off: 10 imm: 9
	 309: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 310: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 311: MovReg dst: r9 src: r1
	 312: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 313: MovReg dst: r1 src: r9
	 314: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 315: SubReg dst: r1 src: r2
	 316: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_17>
	 317: MovReg dst: r2 src: r1
	 318: AddImm dst: r2 imm: 16
	 319: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 320: JGTReg dst: r2 off: -1 src: r3 <frame_read_17>
	 321: AddReg dst: r1 src: r8
	 322: AddImm dst: r1 imm: 180992
	 323: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 324: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 325: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 326: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 327: Ja off: -1 <frame_got_18>
frame_read_17:
	 328: MovReg dst: r1 src: r8
	 329: AddImm dst: r1 imm: 64
	 330: MovImm dst: r2 imm: 16
	 331: MovReg dst: r3 src: r9
	 332: Call FnProbeReadUser
	 333: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_18:
	 334: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 335: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 336: StXMemDW dst: r7 src: r1 off: 112 imm: 0
	 337: StMemH dst: r7 src: r0 off: 10 imm: 10
	 338: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 339: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 340: MovReg dst: r9 src: r1
	 341: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 342: MovReg dst: r1 src: r9
	 343: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 344: SubReg dst: r1 src: r2
	 345: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_19>
	 346: MovReg dst: r2 src: r1
	 347: AddImm dst: r2 imm: 16
	 348: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 349: JGTReg dst: r2 off: -1 src: r3 <frame_read_19>
	 350: AddReg dst: r1 src: r8
	 351: AddImm dst: r1 imm: 180992
	 352: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 353: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 354: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 355: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 356: Ja off: -1 <frame_got_20>
frame_read_19:
	 357: MovReg dst: r1 src: r8
	 358: AddImm dst: r1 imm: 64
	 359: MovImm dst: r2 imm: 16
	 360: MovReg dst: r3 src: r9
	 361: Call FnProbeReadUser
	 362: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_20:
	 363: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 364: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 365: StXMemDW dst: r7 src: r1 off: 120 imm: 0
	 366: StMemH dst: r7 src: r0 off: 10 imm: 11
	 367: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 368: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 369: MovReg dst: r9 src: r1
	 370: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 371: MovReg dst: r1 src: r9
	 372: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 373: SubReg dst: r1 src: r2
	 374: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_21>
	 375: MovReg dst: r2 src: r1
	 376: AddImm dst: r2 imm: 16
	 377: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 378: JGTReg dst: r2 off: -1 src: r3 <frame_read_21>
	 379: AddReg dst: r1 src: r8
	 380: AddImm dst: r1 imm: 180992
	 381: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 382: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 383: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 384: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 385: Ja off: -1 <frame_got_22>
frame_read_21:
	 386: MovReg dst: r1 src: r8
	 387: AddImm dst: r1 imm: 64
	 388: MovImm dst: r2 imm: 16
	 389: MovReg dst: r3 src: r9
	 390: Call FnProbeReadUser
	 391: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_22:
	 392: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 393: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 394: StXMemDW dst: r7 src: r1 off: 128 imm: 0
	 395: StMemH dst: r7 src: r0 off: 10 imm: 12
	 396: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 397: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 398: MovReg dst: r9 src: r1
	 399: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 400: MovReg dst: r1 src: r9
	 401: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 402: SubReg dst: r1 src: r2
	 403: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_23>
	 404: MovReg dst: r2 src: r1
	 405: AddImm dst: r2 imm: 16
	 406: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 407: JGTReg dst: r2 off: -1 src: r3 <frame_read_23>
	 408: AddReg dst: r1 src: r8
	 409: AddImm dst: r1 imm: 180992
	 410: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 411: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 412: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 413: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 414: Ja off: -1 <frame_got_24>
frame_read_23:
	 415: MovReg dst: r1 src: r8
	 416: AddImm dst: r1 imm: 64
	 417: MovImm dst: r2 imm: 16
	 418: MovReg dst: r3 src: r9
	 419: Call FnProbeReadUser
	 420: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_24:
	 421: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 422: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 423: StXMemDW dst: r7 src: r1 off: 136 imm: 0
	 424: StMemH dst: r7 src: r0 off: 10 imm: 13
	 425: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 426: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 427: MovReg dst: r9 src: r1
	 428: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 429: MovReg dst: r1 src: r9
	 430: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 431: SubReg dst: r1 src: r2
	 432: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_25>
	 433: MovReg dst: r2 src: r1
	 434: AddImm dst: r2 imm: 16
	 435: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 436: JGTReg dst: r2 off: -1 src: r3 <frame_read_25>
	 437: AddReg dst: r1 src: r8
	 438: AddImm dst: r1 imm: 180992
	 439: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 440: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 441: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 442: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 443: Ja off: -1 <frame_got_26>
frame_read_25:
	 444: MovReg dst: r1 src: r8
	 445: AddImm dst: r1 imm: 64
	 446: MovImm dst: r2 imm: 16
	 447: MovReg dst: r3 src: r9
	 448: Call FnProbeReadUser
	 449: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_26:
	 450: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 451: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 452: StXMemDW dst: r7 src: r1 off: 144 imm: 0
	 453: StMemH dst: r7 src: r0 off: 10 imm: 14
	 454: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 455: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 456: MovReg dst: r9 src: r1
	 457: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 458: MovReg dst: r1 src: r9
	 459: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 460: SubReg dst: r1 src: r2
	 461: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_27>
	 462: MovReg dst: r2 src: r1
	 463: AddImm dst: r2 imm: 16
	 464: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 465: JGTReg dst: r2 off: -1 src: r3 <frame_read_27>
	 466: AddReg dst: r1 src: r8
	 467: AddImm dst: r1 imm: 180992
	 468: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 469: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 470: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 471: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 472: Ja off: -1 <frame_got_28>
frame_read_27:
	 473: MovReg dst: r1 src: r8
	 474: AddImm dst: r1 imm: 64
	 475: MovImm dst: r2 imm: 16
	 476: MovReg dst: r3 src: r9
	 477: Call FnProbeReadUser
	 478: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_28:
	 479: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 480: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 481: StXMemDW dst: r7 src: r1 off: 152 imm: 0
	 482: StMemH dst: r7 src: r0 off: 10 imm: 15
	 483: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 484: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 485: MovReg dst: r9 src: r1
	 486: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 487: MovReg dst: r1 src: r9
	 488: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 489: SubReg dst: r1 src: r2
	 490: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_29>
	 491: MovReg dst: r2 src: r1
	 492: AddImm dst: r2 imm: 16
	 493: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 494: JGTReg dst: r2 off: -1 src: r3 <frame_read_29>
	 495: AddReg dst: r1 src: r8
	 496: AddImm dst: r1 imm: 180992
	 497: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 498: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 499: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 500: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 501: Ja off: -1 <frame_got_30>
frame_read_29:
	 502: MovReg dst: r1 src: r8
	 503: AddImm dst: r1 imm: 64
	 504: MovImm dst: r2 imm: 16
	 505: MovReg dst: r3 src: r9
	 506: Call FnProbeReadUser
	 507: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_30:
	 508: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 509: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 510: StXMemDW dst: r7 src: r1 off: 160 imm: 0
	 511: StMemH dst: r7 src: r0 off: 10 imm: 16
	 512: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 513: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 514: MovReg dst: r9 src: r1
	 515: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 516: MovReg dst: r1 src: r9
	 517: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 518: SubReg dst: r1 src: r2
	 519: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_31>
	 520: MovReg dst: r2 src: r1
	 521: AddImm dst: r2 imm: 16
	 522: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 523: JGTReg dst: r2 off: -1 src: r3 <frame_read_31>
	 524: AddReg dst: r1 src: r8
	 525: AddImm dst: r1 imm: 180992
	 526: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 527: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 528: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 529: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 530: Ja off: -1 <frame_got_32>
frame_read_31:
	 531: MovReg dst: r1 src: r8
	 532: AddImm dst: r1 imm: 64
	 533: MovImm dst: r2 imm: 16
	 534: MovReg dst: r3 src: r9
	 535: Call FnProbeReadUser
	 536: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_32:
	 537: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 538: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 539: StXMemDW dst: r7 src: r1 off: 168 imm: 0
	 540: StMemH dst: r7 src: r0 off: 10 imm: 17
	 541: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 542: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 543: MovReg dst: r9 src: r1
	 544: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 545: MovReg dst: r1 src: r9
	 546: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 547: SubReg dst: r1 src: r2
	 548: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_33>
	 549: MovReg dst: r2 src: r1
	 550: AddImm dst: r2 imm: 16
	 551: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 552: JGTReg dst: r2 off: -1 src: r3 <frame_read_33>
	 553: AddReg dst: r1 src: r8
	 554: AddImm dst: r1 imm: 180992
	 555: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 556: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 557: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 558: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 559: Ja off: -1 <frame_got_34>
frame_read_33:
	 560: MovReg dst: r1 src: r8
	 561: AddImm dst: r1 imm: 64
	 562: MovImm dst: r2 imm: 16
	 563: MovReg dst: r3 src: r9
	 564: Call FnProbeReadUser
	 565: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_34:
	 566: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 567: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 568: StXMemDW dst: r7 src: r1 off: 176 imm: 0
	 569: StMemH dst: r7 src: r0 off: 10 imm: 18
	 570: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 571: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 572: MovReg dst: r9 src: r1
	 573: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 574: MovReg dst: r1 src: r9
	 575: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 576: SubReg dst: r1 src: r2
	 577: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_35>
	 578: MovReg dst: r2 src: r1
	 579: AddImm dst: r2 imm: 16
	 580: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 581: JGTReg dst: r2 off: -1 src: r3 <frame_read_35>
	 582: AddReg dst: r1 src: r8
	 583: AddImm dst: r1 imm: 180992
	 584: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 585: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 586: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 587: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 588: Ja off: -1 <frame_got_36>
frame_read_35:
	 589: MovReg dst: r1 src: r8
	 590: AddImm dst: r1 imm: 64
	 591: MovImm dst: r2 imm: 16
	 592: MovReg dst: r3 src: r9
	 593: Call FnProbeReadUser
	 594: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_36:
	 595: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 596: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 597: StXMemDW dst: r7 src: r1 off: 184 imm: 0
	 598: StMemH dst: r7 src: r0 off: 10 imm: 19
	 599: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 600: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 601: MovReg dst: r9 src: r1
	 602: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 603: MovReg dst: r1 src: r9
	 604: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 605: SubReg dst: r1 src: r2
	 606: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_37>
	 607: MovReg dst: r2 src: r1
	 608: AddImm dst: r2 imm: 16
	 609: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 610: JGTReg dst: r2 off: -1 src: r3 <frame_read_37>
	 611: AddReg dst: r1 src: r8
	 612: AddImm dst: r1 imm: 180992
	 613: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 614: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 615: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 616: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 617: Ja off: -1 <frame_got_38>
frame_read_37:
	 618: MovReg dst: r1 src: r8
	 619: AddImm dst: r1 imm: 64
	 620: MovImm dst: r2 imm: 16
	 621: MovReg dst: r3 src: r9
	 622: Call FnProbeReadUser
	 623: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_38:
	 624: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 625: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 626: StXMemDW dst: r7 src: r1 off: 192 imm: 0
	 627: StMemH dst: r7 src: r0 off: 10 imm: 20
	 628: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 629: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 630: MovReg dst: r9 src: r1
	 631: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 632: MovReg dst: r1 src: r9
	 633: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 634: SubReg dst: r1 src: r2
	 635: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_39>
	 636: MovReg dst: r2 src: r1
	 637: AddImm dst: r2 imm: 16
	 638: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 639: JGTReg dst: r2 off: -1 src: r3 <frame_read_39>
	 640: AddReg dst: r1 src: r8
	 641: AddImm dst: r1 imm: 180992
	 642: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 643: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 644: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 645: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 646: Ja off: -1 <frame_got_40>
frame_read_39:
	 647: MovReg dst: r1 src: r8
	 648: AddImm dst: r1 imm: 64
	 649: MovImm dst: r2 imm: 16
	 650: MovReg dst: r3 src: r9
	 651: Call FnProbeReadUser
	 652: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_40:
	 653: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 654: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 655: StXMemDW dst: r7 src: r1 off: 200 imm: 0
	 656: StMemH dst: r7 src: r0 off: 10 imm: 21
	 657: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 658: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 659: MovReg dst: r9 src: r1
	 660: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 661: MovReg dst: r1 src: r9
	 662: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 663: SubReg dst: r1 src: r2
	 664: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_41>
	 665: MovReg dst: r2 src: r1
	 666: AddImm dst: r2 imm: 16
	 667: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 668: JGTReg dst: r2 off: -1 src: r3 <frame_read_41>
	 669: AddReg dst: r1 src: r8
	 670: AddImm dst: r1 imm: 180992
	 671: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 672: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 673: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 674: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 675: Ja off: -1 <frame_got_42>
frame_read_41:
	 676: MovReg dst: r1 src: r8
	 677: AddImm dst: r1 imm: 64
	 678: MovImm dst: r2 imm: 16
	 679: MovReg dst: r3 src: r9
	 680: Call FnProbeReadUser
	 681: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_42:
	 682: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 683: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 684: StXMemDW dst: r7 src: r1 off: 208 imm: 0
	 685: StMemH dst: r7 src: r0 off: 10 imm: 22
	 686: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 687: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 688: MovReg dst: r9 src: r1
	 689: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 690: MovReg dst: r1 src: r9
	 691: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 692: SubReg dst: r1 src: r2
	 693: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_43>
	 694: MovReg dst: r2 src: r1
	 695: AddImm dst: r2 imm: 16
	 696: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 697: JGTReg dst: r2 off: -1 src: r3 <frame_read_43>
	 698: AddReg dst: r1 src: r8
	 699: AddImm dst: r1 imm: 180992
	 700: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 701: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 702: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 703: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 704: Ja off: -1 <frame_got_44>
frame_read_43:
	 705: MovReg dst: r1 src: r8
	 706: AddImm dst: r1 imm: 64
	 707: MovImm dst: r2 imm: 16
	 708: MovReg dst: r3 src: r9
	 709: Call FnProbeReadUser
	 710: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_44:
	 711: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 712: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 713: StXMemDW dst: r7 src: r1 off: 216 imm: 0
	 714: StMemH dst: r7 src: r0 off: 10 imm: 23
	 715: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 716: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 717: MovReg dst: r9 src: r1
	 718: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 719: MovReg dst: r1 src: r9
	 720: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 721: SubReg dst: r1 src: r2
	 722: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_45>
	 723: MovReg dst: r2 src: r1
	 724: AddImm dst: r2 imm: 16
	 725: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 726: JGTReg dst: r2 off: -1 src: r3 <frame_read_45>
	 727: AddReg dst: r1 src: r8
	 728: AddImm dst: r1 imm: 180992
	 729: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 730: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 731: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 732: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 733: Ja off: -1 <frame_got_46>
frame_read_45:
	 734: MovReg dst: r1 src: r8
	 735: AddImm dst: r1 imm: 64
	 736: MovImm dst: r2 imm: 16
	 737: MovReg dst: r3 src: r9
	 738: Call FnProbeReadUser
	 739: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_46:
	 740: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 741: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 742: StXMemDW dst: r7 src: r1 off: 224 imm: 0
	 743: StMemH dst: r7 src: r0 off: 10 imm: 24
	 744: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 745: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 746: MovReg dst: r9 src: r1
	 747: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 748: MovReg dst: r1 src: r9
	 749: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 750: SubReg dst: r1 src: r2
	 751: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_47>
	 752: MovReg dst: r2 src: r1
	 753: AddImm dst: r2 imm: 16
	 754: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 755: JGTReg dst: r2 off: -1 src: r3 <frame_read_47>
	 756: AddReg dst: r1 src: r8
	 757: AddImm dst: r1 imm: 180992
	 758: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 759: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 760: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 761: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 762: Ja off: -1 <frame_got_48>
frame_read_47:
	 763: MovReg dst: r1 src: r8
	 764: AddImm dst: r1 imm: 64
	 765: MovImm dst: r2 imm: 16
	 766: MovReg dst: r3 src: r9
	 767: Call FnProbeReadUser
	 768: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_48:
	 769: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 770: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 771: StXMemDW dst: r7 src: r1 off: 232 imm: 0
	 772: StMemH dst: r7 src: r0 off: 10 imm: 25
	 773: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 774: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 775: MovReg dst: r9 src: r1
	 776: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 777: MovReg dst: r1 src: r9
	 778: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 779: SubReg dst: r1 src: r2
	 780: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_49>
	 781: MovReg dst: r2 src: r1
	 782: AddImm dst: r2 imm: 16
	 783: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 784: JGTReg dst: r2 off: -1 src: r3 <frame_read_49>
	 785: AddReg dst: r1 src: r8
	 786: AddImm dst: r1 imm: 180992
	 787: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 788: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 789: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 790: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 791: Ja off: -1 <frame_got_50>
frame_read_49:
	 792: MovReg dst: r1 src: r8
	 793: AddImm dst: r1 imm: 64
	 794: MovImm dst: r2 imm: 16
	 795: MovReg dst: r3 src: r9
	 796: Call FnProbeReadUser
	 797: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_50:
	 798: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 799: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 800: StXMemDW dst: r7 src: r1 off: 240 imm: 0
	 801: StMemH dst: r7 src: r0 off: 10 imm: 26
	 802: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 803: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 804: MovReg dst: r9 src: r1
	 805: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 806: MovReg dst: r1 src: r9
	 807: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 808: SubReg dst: r1 src: r2
	 809: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_51>
	 810: MovReg dst: r2 src: r1
	 811: AddImm dst: r2 imm: 16
	 812: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 813: JGTReg dst: r2 off: -1 src: r3 <frame_read_51>
	 814: AddReg dst: r1 src: r8
	 815: AddImm dst: r1 imm: 180992
	 816: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 817: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 818: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 819: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 820: Ja off: -1 <frame_got_52>
frame_read_51:
	 821: MovReg dst: r1 src: r8
	 822: AddImm dst: r1 imm: 64
	 823: MovImm dst: r2 imm: 16
	 824: MovReg dst: r3 src: r9
	 825: Call FnProbeReadUser
	 826: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_52:
	 827: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 828: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 829: StXMemDW dst: r7 src: r1 off: 248 imm: 0
	 830: StMemH dst: r7 src: r0 off: 10 imm: 27
	 831: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 832: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 833: MovReg dst: r9 src: r1
	 834: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 835: MovReg dst: r1 src: r9
	 836: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 837: SubReg dst: r1 src: r2
	 838: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_53>
	 839: MovReg dst: r2 src: r1
	 840: AddImm dst: r2 imm: 16
	 841: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 842: JGTReg dst: r2 off: -1 src: r3 <frame_read_53>
	 843: AddReg dst: r1 src: r8
	 844: AddImm dst: r1 imm: 180992
	 845: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 846: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 847: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 848: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 849: Ja off: -1 <frame_got_54>
frame_read_53:
	 850: MovReg dst: r1 src: r8
	 851: AddImm dst: r1 imm: 64
	 852: MovImm dst: r2 imm: 16
	 853: MovReg dst: r3 src: r9
	 854: Call FnProbeReadUser
	 855: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_54:
	 856: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 857: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 858: StXMemDW dst: r7 src: r1 off: 256 imm: 0
	 859: StMemH dst: r7 src: r0 off: 10 imm: 28
	 860: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 861: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 862: MovReg dst: r9 src: r1
	 863: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 864: MovReg dst: r1 src: r9
	 865: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 866: SubReg dst: r1 src: r2
	 867: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_55>
	 868: MovReg dst: r2 src: r1
	 869: AddImm dst: r2 imm: 16
	 870: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 871: JGTReg dst: r2 off: -1 src: r3 <frame_read_55>
	 872: AddReg dst: r1 src: r8
	 873: AddImm dst: r1 imm: 180992
	 874: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 875: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 876: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 877: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 878: Ja off: -1 <frame_got_56>
frame_read_55:
	 879: MovReg dst: r1 src: r8
	 880: AddImm dst: r1 imm: 64
	 881: MovImm dst: r2 imm: 16
	 882: MovReg dst: r3 src: r9
	 883: Call FnProbeReadUser
	 884: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_56:
	 885: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 886: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 887: StXMemDW dst: r7 src: r1 off: 264 imm: 0
	 888: StMemH dst: r7 src: r0 off: 10 imm: 29
	 889: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 890: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 891: MovReg dst: r9 src: r1
	 892: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 893: MovReg dst: r1 src: r9
	 894: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 895: SubReg dst: r1 src: r2
	 896: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_57>
	 897: MovReg dst: r2 src: r1
	 898: AddImm dst: r2 imm: 16
	 899: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 900: JGTReg dst: r2 off: -1 src: r3 <frame_read_57>
	 901: AddReg dst: r1 src: r8
	 902: AddImm dst: r1 imm: 180992
	 903: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 904: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 905: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 906: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 907: Ja off: -1 <frame_got_58>
frame_read_57:
	 908: MovReg dst: r1 src: r8
	 909: AddImm dst: r1 imm: 64
	 910: MovImm dst: r2 imm: 16
	 911: MovReg dst: r3 src: r9
	 912: Call FnProbeReadUser
	 913: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_58:
	 914: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 915: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 916: StXMemDW dst: r7 src: r1 off: 272 imm: 0
	 917: StMemH dst: r7 src: r0 off: 10 imm: 30
	 918: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 919: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 920: MovReg dst: r9 src: r1
	 921: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 922: MovReg dst: r1 src: r9
	 923: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 924: SubReg dst: r1 src: r2
	 925: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_59>
	 926: MovReg dst: r2 src: r1
	 927: AddImm dst: r2 imm: 16
	 928: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 929: JGTReg dst: r2 off: -1 src: r3 <frame_read_59>
	 930: AddReg dst: r1 src: r8
	 931: AddImm dst: r1 imm: 180992
	 932: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 933: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 934: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 935: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 936: Ja off: -1 <frame_got_60>
frame_read_59:
	 937: MovReg dst: r1 src: r8
	 938: AddImm dst: r1 imm: 64
	 939: MovImm dst: r2 imm: 16
	 940: MovReg dst: r3 src: r9
	 941: Call FnProbeReadUser
	 942: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_60:
	 943: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 944: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 945: StXMemDW dst: r7 src: r1 off: 280 imm: 0
	 946: StMemH dst: r7 src: r0 off: 10 imm: 31
	 947: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 948: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 949: MovReg dst: r9 src: r1
	 950: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 951: MovReg dst: r1 src: r9
	 952: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 953: SubReg dst: r1 src: r2
	 954: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_61>
	 955: MovReg dst: r2 src: r1
	 956: AddImm dst: r2 imm: 16
	 957: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 958: JGTReg dst: r2 off: -1 src: r3 <frame_read_61>
	 959: AddReg dst: r1 src: r8
	 960: AddImm dst: r1 imm: 180992
	 961: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 962: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 963: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 964: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 965: Ja off: -1 <frame_got_62>
frame_read_61:
	 966: MovReg dst: r1 src: r8
	 967: AddImm dst: r1 imm: 64
	 968: MovImm dst: r2 imm: 16
	 969: MovReg dst: r3 src: r9
	 970: Call FnProbeReadUser
	 971: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_62:
	 972: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 973: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 974: StXMemDW dst: r7 src: r1 off: 288 imm: 0
	 975: StMemH dst: r7 src: r0 off: 10 imm: 32
	 976: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 977: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 978: MovReg dst: r9 src: r1
	 979: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 980: LdXMemW dst: r1 src: r8 off: 16 imm: 0
	 981: OrImm dst: r1 imm: 2
	 982: StXMemW dst: r8 src: r1 off: 16 imm: 0
stack_done:
	 983: MovReg dst: r9 src: r7
	 984: AddImm dst: r9 imm: 296
	 985: StMemW dst: r9 src: r0 off: 0 imm: 7
	 986: StMemDW dst: r9 src: r0 off: 8 imm: 0
	 987: StMemW dst: r9 src: r0 off: 4 imm: 0
	 988: StMemW dst: r9 src: r0 off: 16 imm: 8
	 989: StMemW dst: r9 src: r0 off: 20 imm: 8
	 990: LdXMemDW dst: r2 src: r6 off: 80 imm: 0
	 991: MovReg dst: r1 src: r9
	 992: AddImm dst: r1 imm: 24
	 993: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	 994: StMemDW dst: r8 src: r0 off: 512 imm: 320
	 995: StMemW dst: r8 src: r0 off: 520 imm: 7
	 996: StMemW dst: r8 src: r0 off: 524 imm: 1
	 997: StMemW dst: r8 src: r0 off: 528 imm: 0
	 998: StMemW dst: r8 src: r0 off: 532 imm: 1
	 999: StMemW dst: r8 src: r0 off: 536 imm: 0
	1000: StMemW dst: r8 src: r0 off: 540 imm: 328
	1001: StXMemDW dst: rfp src: r8 off: -48 imm: 0
	1002: MovImm dst: r1 imm: 16384
	1003: LdImmDW dst: r2 imm: -1 <step>
	1005: MovReg dst: r3 src: rfp
	1006: AddImm dst: r3 imm: -48
	1007: MovImm dst: r4 imm: 0
	1008: Call FnLoop
	1009: LdXMemW dst: r1 src: r8 off: 28 imm: 0
	1010: JNEImm dst: r1 off: -1 imm: 0 <steps_out>
	1011: LdXMemW dst: r1 src: r8 off: 20 imm: 0
	1012: LdXMemW dst: r2 src: r8 off: 24 imm: 0
	1013: JEqReg dst: r1 off: -1 src: r2 <emit>
steps_out:
	1014: LdXMemW dst: r1 src: r8 off: 16 imm: 0
	1015: OrImm dst: r1 imm: 1
	1016: StXMemW dst: r8 src: r1 off: 16 imm: 0
emit:
	1017: LdXMemW dst: r3 src: r8 off: 8 imm: 0
	1018: StXMemW dst: r7 src: r3 off: 0 imm: 0
	1019: LdXMemW dst: r1 src: r8 off: 12 imm: 0
	1020: StXMemW dst: r7 src: r1 off: 12 imm: 0
	1021: LdXMemW dst: r1 src: r8 off: 16 imm: 0
	1022: StXMemB dst: r7 src: r1 off: 9 imm: 0
	1023: LoadMapPtr dst: r1 fd: 7
	1025: MovImm dst: r2 imm: 0
	1026: Call FnRingbufQuery
	1027: MovImm dst: r4 imm: 1
	1028: JLTImm dst: r0 off: -1 imm: 8388608 <wake_chosen>
	1029: MovImm dst: r4 imm: 2
wake_chosen:
	1030: LoadMapPtr dst: r1 fd: 7
	1032: MovReg dst: r2 src: r7
	1033: LdXMemW dst: r3 src: r8 off: 8 imm: 0
	1034: AndImm dst: r3 imm: 65535
	1035: Call FnRingbufOutput
	1036: StMemW dst: r8 src: r0 off: 0 imm: 0
	1037: JEqImm dst: r0 off: -1 imm: 0 <exit>
drop_unowned:
	1038: MovImm dst: r1 imm: 2
	1039: StXMemW dst: rfp src: r1 off: -8 imm: 0
	1040: LoadMapPtr dst: r1 fd: 8
	1042: MovReg dst: r2 src: rfp
	1043: AddImm dst: r2 imm: -8
	1044: Call FnMapLookupElem
	1045: JEqImm dst: r0 off: -1 imm: 0 <exit>
	1046: MovImm dst: r1 imm: 1
	1047: StXAtomicAddDW dst: r0 src: r1 off: 0
exit:
	1048: MovImm dst: r0 imm: 0
	1049: Exit
step:
	1050: LdXMemDW dst: r6 src: r2 off: 0 imm: 0
	1051: LdXMemW dst: r1 src: r6 off: 28 imm: 0
	1052: JEqImm dst: r1 off: -1 imm: 0 <pop>
scan:
	1053: LdXMemW dst: r1 src: r6 off: 36 imm: 0
	1054: StXMemW dst: rfp src: r1 off: -8 imm: 0
	1055: LoadMapPtr dst: r1 fd: 4
	1057: MovReg dst: r2 src: rfp
	1058: AddImm dst: r2 imm: -8
	1059: Call FnMapLookupElem
	1060: JEqImm dst: r0 off: -1 imm: 0 <scan_end>
	1061: MovReg dst: r7 src: r0
	1062: MovImm dst: r5 imm: 0
scan_next:
	1063: LdXMemW dst: r1 src: r6 off: 44 imm: 0
	1064: LdXMemW dst: r2 src: r7 off: 4 imm: 0
	1065: JGEReg dst: r1 off: -1 src: r2 <scan_end>
	1066: MovReg dst: r8 src: r1
	1067: AndImm dst: r8 imm: 63
	1068: LShImm dst: r8 imm: 4
	1069: AddReg dst: r8 src: r7
	1070: LdXMemW dst: r9 src: r6 off: 32 imm: 0
	1071: AndImm dst: r9 imm: 65535
	1072: AddImm dst: r1 imm: 1
	1073: JGEReg dst: r1 off: -1 src: r2 <last_slot>
	1074: StXMemW dst: r6 src: r1 off: 44 imm: 0
	1075: Ja off: -1 <slot_ready>
last_slot:
	1076: StMemW dst: r6 src: r0 off: 44 imm: 0
	1077: LdXMemW dst: r1 src: r6 off: 40 imm: 0
	1078: SubImm dst: r1 imm: 1
	1079: StXMemW dst: r6 src: r1 off: 40 imm: 0
	1080: LdXMemW dst: r2 src: r7 off: 0 imm: 0
	1081: AddReg dst: r2 src: r9
	1082: StXMemW dst: r6 src: r2 off: 32 imm: 0
	1083: JNEImm dst: r1 off: -1 imm: 0 <slot_ready>
	1084: StMemW dst: r6 src: r0 off: 28 imm: 0
slot_ready:
	1085: LdXMemB dst: r1 src: r8 off: 53 imm: 0
	1086: JEqImm dst: r1 off: -1 imm: 0 <cond_ok>
	1087: LdXMemW dst: r2 src: r7 off: 8 imm: 0
	1088: LdXMemB dst: r3 src: r8 off: 54 imm: 0
	1089: AddReg dst: r2 src: r3
	1090: AddReg dst: r2 src: r9
	1091: AndImm dst: r2 imm: 65535
	1092: AddReg dst: r2 src: r6
	1093: AddImm dst: r2 imm: 49664
	1094: LdXMemB dst: r2 src: r2 off: 0 imm: 0
	1095: JEqImm dst: r1 off: -1 imm: 2 <cond_tophash>
	1096: AndImm dst: r2 imm: 128
	1097: JNEImm dst: r2 off: -1 imm: 0 <pass_over>
	1098: Ja off: -1 <cond_ok>
cond_tophash:
	1099: JLTImm dst: r2 off: -1 imm: 5 <pass_over>
cond_ok:
	1100: LdXMemW dst: r1 src: r8 off: 48 imm: 0
	1101: AddReg dst: r1 src: r9
	1102: AndImm dst: r1 imm: 65535
	1103: LdXMemB dst: r3 src: r8 off: 52 imm: 0
	1104: MovReg dst: r2 src: r3
	1105: SubImm dst: r2 imm: 2
	1106: JGTImm dst: r2 off: -1 imm: 3 <one_word>
	1107: MovReg dst: r2 src: r1
	1108: AddImm dst: r2 imm: 16
	1109: Ja off: -1 <slot_width>
one_word:
	1110: MovReg dst: r2 src: r1
	1111: AddImm dst: r2 imm: 8
slot_width:
	1112: LdXMemW dst: r4 src: r6 off: 108 imm: 0
	1113: JGTReg dst: r2 off: -1 src: r4 <pass_over>
	1114: JEqImm dst: r3 off: -1 imm: 7 <s_inline>
	1115: MovReg dst: r2 src: r1
	1116: AndImm dst: r2 imm: 65535
	1117: AddReg dst: r2 src: r6
	1118: AddImm dst: r2 imm: 49664
	1119: LdXMemDW dst: r2 src: r2 off: 0 imm: 0
	1120: JNEImm dst: r2 off: -1 imm: 0 <slot_dispatch>
pass_over:
	1121: LdXMemW dst: r1 src: r6 off: 28 imm: 0
	1122: JEqImm dst: r1 off: -1 imm: 0 <ret0>
	1123: AddImm dst: r5 imm: 1
	1124: JLTImm dst: r5 off: -1 imm: 32 <scan_next>
	1125: Ja off: -1 <ret0>
slot_dispatch:
	1126: JEqImm dst: r3 off: -1 imm: 1 <s_pointer>
	1127: JEqImm dst: r3 off: -1 imm: 6 <s_map>
	1128: JEqImm dst: r3 off: -1 imm: 2 <s_string>
	1129: JEqImm dst: r3 off: -1 imm: 3 <s_slice>
	1130: JEqImm dst: r3 off: -1 imm: 7 <s_inline>
	1131: JEqImm dst: r3 off: -1 imm: 8 <s_swiss_dir>
	1132: JEqImm dst: r3 off: -1 imm: 9 <s_swiss_groups>
	1133: JEqImm dst: r3 off: -1 imm: 10 <s_hmap_buckets>
	1134: JEqImm dst: r3 off: -1 imm: 5 <s_iface>
	1135: JEqImm dst: r3 off: -1 imm: 4 <s_eface>
	1136: Ja off: -1 <ret0>
s_pointer:
	1137: Ja off: -1 <s_map>
s_map:
	1138: MovReg dst: r2 src: r1
	1139: AndImm dst: r2 imm: 65535
	1140: AddReg dst: r2 src: r6
	1141: AddImm dst: r2 imm: 49664
	1142: LdXMemDW dst: r1 src: r2 off: 0 imm: 0
	1143: LdXMemW dst: r2 src: r8 off: 56 imm: 0
	1144: MovImm dst: r3 imm: 1
	1145: LdXMemB dst: r0 src: r8 off: 52 imm: 0
	1146: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	1147: JNEImm dst: r0 off: -1 imm: 6 <ptr_aux>
	1148: LdXMemW dst: r5 src: r8 off: 60 imm: 0
ptr_aux:
	1149: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	1150: LdXMemB dst: r0 src: r8 off: 55 imm: 0
	1151: AddReg dst: r4 src: r0
	1152: JGTImm dst: r4 off: -1 imm: 3 <pushed_63>
	1153: JEqImm dst: r1 off: -1 imm: 0 <pushed_63>
	1154: JEqImm dst: r3 off: -1 imm: 0 <pushed_63>
	1155: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1156: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1157: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1158: NegImm dst: r1 imm: 0
	1159: AddReg dst: r1 src: r0
	1160: JLTImm dst: r1 off: -1 imm: 512 <push_ok_64>
	1161: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1162: OrImm dst: r1 imm: 1
	1163: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1164: Ja off: -1 <pushed_63>
push_ok_64:
	1165: MovReg dst: r1 src: r0
	1166: AddImm dst: r1 imm: 1
	1167: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1168: AndImm dst: r0 imm: 511
	1169: LShImm dst: r0 imm: 5
	1170: AddReg dst: r0 src: r6
	1171: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1172: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1173: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1174: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1175: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1176: StMemW dst: r0 src: r0 off: 532 imm: 0
	1177: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_63:
	1178: Ja off: -1 <ret0>
s_string:
	1179: MovReg dst: r3 src: r1
	1180: AndImm dst: r3 imm: 65535
	1181: AddReg dst: r3 src: r6
	1182: AddImm dst: r3 imm: 49664
	1183: LdXMemDW dst: r2 src: r3 off: 0 imm: 0
	1184: LdXMemDW dst: r4 src: r3 off: 8 imm: 0
	1185: JLEImm dst: r4 off: -1 imm: 255 <str_capped>
	1186: MovImm dst: r4 imm: 255
str_capped:
	1187: MovReg dst: r1 src: r6
	1188: MovImm dst: r3 imm: 2
	1189: MovImm dst: r5 imm: 1
	1190: Call -1 <read_item>
	1191: Ja off: -1 <ret0>
s_slice:
	1192: MovReg dst: r2 src: r1
	1193: AndImm dst: r2 imm: 65535
	1194: AddReg dst: r2 src: r6
	1195: AddImm dst: r2 imm: 49664
	1196: LdXMemDW dst: r1 src: r2 off: 0 imm: 0
	1197: LdXMemDW dst: r3 src: r2 off: 8 imm: 0
	1198: JLEImm dst: r3 off: -1 imm: 100 <cap_65>
	1199: MovImm dst: r3 imm: 100
cap_65:
	1200: LdXMemW dst: r2 src: r8 off: 56 imm: 0
	1201: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	1202: LdXMemB dst: r0 src: r8 off: 55 imm: 0
	1203: AddReg dst: r4 src: r0
	1204: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	1205: JGTImm dst: r4 off: -1 imm: 3 <pushed_66>
	1206: JEqImm dst: r1 off: -1 imm: 0 <pushed_66>
	1207: JEqImm dst: r3 off: -1 imm: 0 <pushed_66>
	1208: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1209: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1210: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1211: NegImm dst: r1 imm: 0
	1212: AddReg dst: r1 src: r0
	1213: JLTImm dst: r1 off: -1 imm: 512 <push_ok_67>
	1214: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1215: OrImm dst: r1 imm: 1
	1216: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1217: Ja off: -1 <pushed_66>
push_ok_67:
	1218: MovReg dst: r1 src: r0
	1219: AddImm dst: r1 imm: 1
	1220: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1221: AndImm dst: r0 imm: 511
	1222: LShImm dst: r0 imm: 5
	1223: AddReg dst: r0 src: r6
	1224: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1225: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1226: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1227: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1228: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1229: StMemW dst: r0 src: r0 off: 532 imm: 0
	1230: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_66:
	1231: Ja off: -1 <ret0>
s_inline:
	1232: LdXMemW dst: r2 src: r8 off: 56 imm: 0
	1233: LdXMemW dst: r3 src: r8 off: 60 imm: 0
	1234: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	1235: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	1236: JEqImm dst: r3 off: -1 imm: 0 <pushed_68>
	1237: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1238: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1239: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1240: NegImm dst: r1 imm: 0
	1241: AddReg dst: r1 src: r0
	1242: JLTImm dst: r1 off: -1 imm: 512 <push_ok_69>
	1243: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1244: OrImm dst: r1 imm: 1
	1245: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1246: Ja off: -1 <pushed_68>
push_ok_69:
	1247: MovReg dst: r1 src: r0
	1248: AddImm dst: r1 imm: 1
	1249: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1250: AndImm dst: r0 imm: 511
	1251: LShImm dst: r0 imm: 5
	1252: AddReg dst: r0 src: r6
	1253: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1254: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1255: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1256: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1257: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1258: StMemW dst: r0 src: r0 off: 532 imm: 1
	1259: StXMemW dst: r0 src: r5 off: 536 imm: 0
	1260: LdXMemW dst: r1 src: r6 off: 108 imm: 0
	1261: StXMemW dst: r0 src: r1 off: 540 imm: 0
pushed_68:
	1262: Ja off: -1 <ret0>
s_swiss_dir:
	1263: MovReg dst: r8 src: r1
	1264: LdXMemW dst: r1 src: r6 off: 52 imm: 0
	1265: StXMemW dst: rfp src: r1 off: -8 imm: 0
	1266: LoadMapPtr dst: r1 fd: 4
	1268: MovReg dst: r2 src: rfp
	1269: AddImm dst: r2 imm: -8
	1270: Call FnMapLookupElem
	1271: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	1272: MovReg dst: r7 src: r0
	1273: LdXMemW dst: r3 src: r7 off: 24 imm: 0
	1274: AddReg dst: r3 src: r9
	1275: AndImm dst: r3 imm: 65535
	1276: AddReg dst: r3 src: r6
	1277: AddImm dst: r3 imm: 49664
	1278: LdXMemDW dst: r3 src: r3 off: 0 imm: 0
	1279: MovReg dst: r1 src: r8
	1280: AndImm dst: r1 imm: 65535
	1281: AddReg dst: r1 src: r6
	1282: AddImm dst: r1 imm: 49664
	1283: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	1284: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	1285: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	1286: JNEImm dst: r3 off: -1 imm: 0 <swiss_tables>
	1287: LdXMemW dst: r2 src: r7 off: 16 imm: 0
	1288: MovImm dst: r3 imm: 1
	1289: JGTImm dst: r4 off: -1 imm: 3 <pushed_70>
	1290: JEqImm dst: r1 off: -1 imm: 0 <pushed_70>
	1291: JEqImm dst: r3 off: -1 imm: 0 <pushed_70>
	1292: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1293: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1294: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1295: NegImm dst: r1 imm: 0
	1296: AddReg dst: r1 src: r0
	1297: JLTImm dst: r1 off: -1 imm: 512 <push_ok_71>
	1298: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1299: OrImm dst: r1 imm: 1
	1300: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1301: Ja off: -1 <pushed_70>
push_ok_71:
	1302: MovReg dst: r1 src: r0
	1303: AddImm dst: r1 imm: 1
	1304: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1305: AndImm dst: r0 imm: 511
	1306: LShImm dst: r0 imm: 5
	1307: AddReg dst: r0 src: r6
	1308: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1309: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1310: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1311: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1312: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1313: StMemW dst: r0 src: r0 off: 532 imm: 0
	1314: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_70:
	1315: Ja off: -1 <ret0>
swiss_tables:
	1316: JLEImm dst: r3 off: -1 imm: 65535 <cap_72>
	1317: MovImm dst: r3 imm: 65535
cap_72:
	1318: LdXMemW dst: r2 src: r7 off: 20 imm: 0
	1319: JGTImm dst: r4 off: -1 imm: 3 <pushed_73>
	1320: JEqImm dst: r1 off: -1 imm: 0 <pushed_73>
	1321: JEqImm dst: r3 off: -1 imm: 0 <pushed_73>
	1322: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1323: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1324: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1325: NegImm dst: r1 imm: 0
	1326: AddReg dst: r1 src: r0
	1327: JLTImm dst: r1 off: -1 imm: 512 <push_ok_74>
	1328: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1329: OrImm dst: r1 imm: 1
	1330: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1331: Ja off: -1 <pushed_73>
push_ok_74:
	1332: MovReg dst: r1 src: r0
	1333: AddImm dst: r1 imm: 1
	1334: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1335: AndImm dst: r0 imm: 511
	1336: LShImm dst: r0 imm: 5
	1337: AddReg dst: r0 src: r6
	1338: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1339: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1340: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1341: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1342: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1343: StMemW dst: r0 src: r0 off: 532 imm: 0
	1344: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_73:
	1345: Ja off: -1 <ret0>
s_swiss_groups:
	1346: MovReg dst: r8 src: r1
	1347: LdXMemW dst: r1 src: r6 off: 52 imm: 0
	1348: StXMemW dst: rfp src: r1 off: -8 imm: 0
	1349: LoadMapPtr dst: r1 fd: 4
	1351: MovReg dst: r2 src: rfp
	1352: AddImm dst: r2 imm: -8
	1353: Call FnMapLookupElem
	1354: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	1355: MovReg dst: r7 src: r0
	1356: LdXMemW dst: r3 src: r7 off: 28 imm: 0
	1357: AddReg dst: r3 src: r9
	1358: AndImm dst: r3 imm: 65535
	1359: AddReg dst: r3 src: r6
	1360: AddImm dst: r3 imm: 49664
	1361: LdXMemDW dst: r3 src: r3 off: 0 imm: 0
	1362: JLEImm dst: r3 off: -1 imm: 65534 <cap_75>
	1363: MovImm dst: r3 imm: 65534
cap_75:
	1364: AddImm dst: r3 imm: 1
	1365: LdXMemW dst: r2 src: r7 off: 32 imm: 0
	1366: JEqImm dst: r2 off: -1 imm: 65535 <groups_counted>
	1367: AddReg dst: r2 src: r9
	1368: AndImm dst: r2 imm: 65535
	1369: AddReg dst: r2 src: r6
	1370: AddImm dst: r2 imm: 49664
	1371: LdXMemH dst: r2 src: r2 off: 0 imm: 0
	1372: JEqImm dst: r2 off: -1 imm: 0 <ret0>
	1373: MovReg dst: r0 src: r3
	1374: MulImm dst: r0 imm: 200
	1375: AddReg dst: r0 src: r2
	1376: SubImm dst: r0 imm: 1
	1377: DivReg dst: r0 src: r2
	1378: JLEReg dst: r3 off: -1 src: r0 <groups_counted>
	1379: MovReg dst: r3 src: r0
groups_counted:
	1380: MovReg dst: r1 src: r8
	1381: AndImm dst: r1 imm: 65535
	1382: AddReg dst: r1 src: r6
	1383: AddImm dst: r1 imm: 49664
	1384: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	1385: LdXMemW dst: r2 src: r7 off: 16 imm: 0
	1386: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	1387: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	1388: JGTImm dst: r4 off: -1 imm: 3 <pushed_76>
	1389: JEqImm dst: r1 off: -1 imm: 0 <pushed_76>
	1390: JEqImm dst: r3 off: -1 imm: 0 <pushed_76>
	1391: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1392: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1393: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1394: NegImm dst: r1 imm: 0
	1395: AddReg dst: r1 src: r0
	1396: JLTImm dst: r1 off: -1 imm: 512 <push_ok_77>
	1397: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1398: OrImm dst: r1 imm: 1
	1399: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1400: Ja off: -1 <pushed_76>
push_ok_77:
	1401: MovReg dst: r1 src: r0
	1402: AddImm dst: r1 imm: 1
	1403: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1404: AndImm dst: r0 imm: 511
	1405: LShImm dst: r0 imm: 5
	1406: AddReg dst: r0 src: r6
	1407: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1408: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1409: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1410: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1411: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1412: StMemW dst: r0 src: r0 off: 532 imm: 0
	1413: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_76:
	1414: Ja off: -1 <ret0>
s_hmap_buckets:
	1415: MovReg dst: r8 src: r1
	1416: LdXMemW dst: r1 src: r6 off: 52 imm: 0
	1417: StXMemW dst: rfp src: r1 off: -8 imm: 0
	1418: LoadMapPtr dst: r1 fd: 4
	1420: MovReg dst: r2 src: rfp
	1421: AddImm dst: r2 imm: -8
	1422: Call FnMapLookupElem
	1423: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	1424: MovReg dst: r7 src: r0
	1425: LdXMemW dst: r0 src: r7 off: 40 imm: 0
	1426: AddReg dst: r0 src: r9
	1427: AndImm dst: r0 imm: 65535
	1428: AddReg dst: r0 src: r6
	1429: AddImm dst: r0 imm: 49664
	1430: LdXMemB dst: r0 src: r0 off: 0 imm: 0
	1431: JLEImm dst: r0 off: -1 imm: 16 <hmap_b>
	1432: MovImm dst: r0 imm: 16
hmap_b:
	1433: StXMemDW dst: rfp src: r0 off: -24 imm: 0
	1434: MovImm dst: r3 imm: 1
	1435: LShReg dst: r3 src: r0
	1436: MovReg dst: r1 src: r8
	1437: AndImm dst: r1 imm: 65535
	1438: AddReg dst: r1 src: r6
	1439: AddImm dst: r1 imm: 49664
	1440: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	1441: LdXMemW dst: r2 src: r7 off: 36 imm: 0
	1442: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	1443: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	1444: JGTImm dst: r4 off: -1 imm: 3 <pushed_78>
	1445: JEqImm dst: r1 off: -1 imm: 0 <pushed_78>
	1446: JEqImm dst: r3 off: -1 imm: 0 <pushed_78>
	1447: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1448: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1449: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1450: NegImm dst: r1 imm: 0
	1451: AddReg dst: r1 src: r0
	1452: JLTImm dst: r1 off: -1 imm: 512 <push_ok_79>
	1453: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1454: OrImm dst: r1 imm: 1
	1455: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1456: Ja off: -1 <pushed_78>
push_ok_79:
	1457: MovReg dst: r1 src: r0
	1458: AddImm dst: r1 imm: 1
	1459: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1460: AndImm dst: r0 imm: 511
	1461: LShImm dst: r0 imm: 5
	1462: AddReg dst: r0 src: r6
	1463: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1464: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1465: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1466: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1467: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1468: StMemW dst: r0 src: r0 off: 532 imm: 0
	1469: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_78:
	1470: LdXMemW dst: r1 src: r7 off: 44 imm: 0
	1471: AddReg dst: r1 src: r9
	1472: AndImm dst: r1 imm: 65535
	1473: AddReg dst: r1 src: r6
	1474: AddImm dst: r1 imm: 49664
	1475: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	1476: LdXMemDW dst: r0 src: rfp off: -24 imm: 0
	1477: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	1478: SubImm dst: r0 imm: 1
	1479: MovImm dst: r3 imm: 1
	1480: LShReg dst: r3 src: r0
	1481: LdXMemW dst: r2 src: r7 off: 36 imm: 0
	1482: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	1483: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	1484: JGTImm dst: r4 off: -1 imm: 3 <pushed_80>
	1485: JEqImm dst: r1 off: -1 imm: 0 <pushed_80>
	1486: JEqImm dst: r3 off: -1 imm: 0 <pushed_80>
	1487: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1488: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1489: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1490: NegImm dst: r1 imm: 0
	1491: AddReg dst: r1 src: r0
	1492: JLTImm dst: r1 off: -1 imm: 512 <push_ok_81>
	1493: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1494: OrImm dst: r1 imm: 1
	1495: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1496: Ja off: -1 <pushed_80>
push_ok_81:
	1497: MovReg dst: r1 src: r0
	1498: AddImm dst: r1 imm: 1
	1499: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1500: AndImm dst: r0 imm: 511
	1501: LShImm dst: r0 imm: 5
	1502: AddReg dst: r0 src: r6
	1503: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1504: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1505: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1506: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1507: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1508: StMemW dst: r0 src: r0 off: 532 imm: 0
	1509: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_80:
	1510: Ja off: -1 <ret0>
s_iface:
	1511: MovReg dst: r9 src: r1
	1512: MovReg dst: r2 src: r1
	1513: AndImm dst: r2 imm: 65535
	1514: AddReg dst: r2 src: r6
	1515: AddImm dst: r2 imm: 49664
	1516: LdXMemDW dst: r2 src: r2 off: 0 imm: 0
	1517: JEqImm dst: r2 off: -1 imm: 0 <ret0>
	1518: StXMemDW dst: rfp src: r2 off: -16 imm: 0
	1519: MovReg dst: r1 src: r6
	1520: MovImm dst: r3 imm: 20
	1521: MovImm dst: r4 imm: 1
	1522: MovImm dst: r5 imm: 0
	1523: Call -1 <read_item>
	1524: JSLTImm dst: r0 off: -1 imm: 0 <itab_reread>
	1525: LdXMemW dst: r1 src: r6 off: 100 imm: 0
	1526: JLTImm dst: r1 off: -1 imm: 16 <ret0>
	1527: MovReg dst: r1 src: r0
	1528: AndImm dst: r1 imm: 65535
	1529: AddReg dst: r1 src: r6
	1530: AddImm dst: r1 imm: 49664
	1531: LdXMemDW dst: r1 src: r1 off: 8 imm: 0
	1532: Ja off: -1 <iface_type>
itab_reread:
	1533: MovReg dst: r1 src: rfp
	1534: AddImm dst: r1 imm: -8
	1535: MovImm dst: r2 imm: 8
	1536: LdXMemDW dst: r3 src: rfp off: -16 imm: 0
	1537: AddImm dst: r3 imm: 8
	1538: Call FnProbeReadUser
	1539: JNEImm dst: r0 off: -1 imm: 0 <ret0>
	1540: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	1541: Ja off: -1 <iface_type>
s_eface:
	1542: MovReg dst: r9 src: r1
	1543: MovReg dst: r2 src: r1
	1544: AndImm dst: r2 imm: 65535
	1545: AddReg dst: r2 src: r6
	1546: AddImm dst: r2 imm: 49664
	1547: LdXMemDW dst: r1 src: r2 off: 0 imm: 0
iface_type:
	1548: JEqImm dst: r1 off: -1 imm: 0 <ret0>
	1549: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	1550: LoadMapPtr dst: r1 fd: 5
	1552: MovReg dst: r2 src: rfp
	1553: AddImm dst: r2 imm: -8
	1554: Call FnMapLookupElem
	1555: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	1556: LdXMemW dst: r2 src: r0 off: 0 imm: 0
	1557: LdXMemW dst: r0 src: r0 off: 4 imm: 0
	1558: MovImm dst: r3 imm: 1
	1559: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	1560: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	1561: JSetImm dst: r0 off: -1 imm: 1 <iface_direct>
	1562: MovReg dst: r1 src: r9
	1563: AndImm dst: r1 imm: 65535
	1564: AddReg dst: r1 src: r6
	1565: AddImm dst: r1 imm: 49664
	1566: LdXMemDW dst: r1 src: r1 off: 8 imm: 0
	1567: AddImm dst: r4 imm: 1
	1568: JGTImm dst: r4 off: -1 imm: 3 <pushed_82>
	1569: JEqImm dst: r1 off: -1 imm: 0 <pushed_82>
	1570: JEqImm dst: r3 off: -1 imm: 0 <pushed_82>
	1571: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1572: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1573: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1574: NegImm dst: r1 imm: 0
	1575: AddReg dst: r1 src: r0
	1576: JLTImm dst: r1 off: -1 imm: 512 <push_ok_83>
	1577: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1578: OrImm dst: r1 imm: 1
	1579: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1580: Ja off: -1 <pushed_82>
push_ok_83:
	1581: MovReg dst: r1 src: r0
	1582: AddImm dst: r1 imm: 1
	1583: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1584: AndImm dst: r0 imm: 511
	1585: LShImm dst: r0 imm: 5
	1586: AddReg dst: r0 src: r6
	1587: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1588: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1589: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1590: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1591: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1592: StMemW dst: r0 src: r0 off: 532 imm: 0
	1593: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_82:
	1594: Ja off: -1 <ret0>
iface_direct:
	1595: MovReg dst: r1 src: r9
	1596: AddImm dst: r1 imm: 8
	1597: JEqImm dst: r3 off: -1 imm: 0 <pushed_84>
	1598: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1599: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1600: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1601: NegImm dst: r1 imm: 0
	1602: AddReg dst: r1 src: r0
	1603: JLTImm dst: r1 off: -1 imm: 512 <push_ok_85>
	1604: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1605: OrImm dst: r1 imm: 1
	1606: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1607: Ja off: -1 <pushed_84>
push_ok_85:
	1608: MovReg dst: r1 src: r0
	1609: AddImm dst: r1 imm: 1
	1610: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1611: AndImm dst: r0 imm: 511
	1612: LShImm dst: r0 imm: 5
	1613: AddReg dst: r0 src: r6
	1614: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1615: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1616: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1617: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1618: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1619: StMemW dst: r0 src: r0 off: 532 imm: 1
	1620: StXMemW dst: r0 src: r5 off: 536 imm: 0
	1621: LdXMemW dst: r1 src: r6 off: 108 imm: 0
	1622: StXMemW dst: r0 src: r1 off: 540 imm: 0
pushed_84:
	1623: Ja off: -1 <ret0>
scan_end:
	1624: StMemW dst: r6 src: r0 off: 28 imm: 0
	1625: Ja off: -1 <ret0>
pop:
	1626: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1627: LdXMemW dst: r2 src: r6 off: 24 imm: 0
	1628: JNEReg dst: r1 off: -1 src: r2 <have_task>
	1629: MovImm dst: r0 imm: 1
	1630: Exit
have_task:
	1631: MovReg dst: r2 src: r1
	1632: AddImm dst: r2 imm: 1
	1633: StXMemW dst: r6 src: r2 off: 20 imm: 0
	1634: MovReg dst: r8 src: r1
	1635: AndImm dst: r8 imm: 511
	1636: LShImm dst: r8 imm: 5
	1637: AddReg dst: r8 src: r6
	1638: AddImm dst: r8 imm: 512
	1639: LdXMemW dst: r1 src: r8 off: 8 imm: 0
	1640: StXMemW dst: rfp src: r1 off: -8 imm: 0
	1641: LoadMapPtr dst: r1 fd: 4
	1643: MovReg dst: r2 src: rfp
	1644: AddImm dst: r2 imm: -8
	1645: Call FnMapLookupElem
	1646: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	1647: MovReg dst: r7 src: r0
	1648: LdXMemW dst: r1 src: r8 off: 20 imm: 0
	1649: JEqImm dst: r1 off: -1 imm: 0 <read>
	1650: LdXMemW dst: r2 src: r8 off: 28 imm: 0
	1651: LdXMemDW dst: r1 src: r8 off: 0 imm: 0
	1652: Ja off: -1 <start_scan>
read:
	1653: MovReg dst: r1 src: r6
	1654: LdXMemDW dst: r2 src: r8 off: 0 imm: 0
	1655: LdXMemW dst: r3 src: r8 off: 8 imm: 0
	1656: LdXMemW dst: r4 src: r8 off: 12 imm: 0
	1657: MovImm dst: r5 imm: 1
	1658: Call -1 <read_item>
	1659: JSLTImm dst: r0 off: -1 imm: 0 <ret0>
	1660: LdXMemW dst: r1 src: r6 off: 84 imm: 0
	1661: StXMemW dst: r8 src: r1 off: 12 imm: 0
	1662: LdXMemW dst: r2 src: r6 off: 100 imm: 0
	1663: AddReg dst: r2 src: r0
	1664: MovReg dst: r1 src: r0
start_scan:
	1665: StXMemW dst: r6 src: r2 off: 108 imm: 0
	1666: LdXMemW dst: r2 src: r7 off: 4 imm: 0
	1667: JEqImm dst: r2 off: -1 imm: 0 <ret0>
	1668: StXMemW dst: r6 src: r1 off: 32 imm: 0
	1669: LdXMemW dst: r2 src: r8 off: 8 imm: 0
	1670: StXMemW dst: r6 src: r2 off: 36 imm: 0
	1671: LdXMemW dst: r2 src: r8 off: 12 imm: 0
	1672: StXMemW dst: r6 src: r2 off: 40 imm: 0
	1673: LdXMemW dst: r2 src: r8 off: 16 imm: 0
	1674: StXMemW dst: r6 src: r2 off: 48 imm: 0
	1675: LdXMemW dst: r2 src: r8 off: 24 imm: 0
	1676: StXMemW dst: r6 src: r2 off: 52 imm: 0
	1677: StMemW dst: r6 src: r0 off: 44 imm: 0
	1678: StMemW dst: r6 src: r0 off: 28 imm: 1
	1679: Ja off: -1 <scan>
ret0:
	1680: MovImm dst: r0 imm: 0
	1681: Exit
read_item:
	1682: MovReg dst: r6 src: r1
	1683: MovReg dst: r9 src: r2
	1684: StXMemDW dst: rfp src: r5 off: -16 imm: 0
	1685: JEqImm dst: r9 off: -1 imm: 0 <ri_none>
	1686: JEqImm dst: r4 off: -1 imm: 0 <ri_none>
	1687: StXMemW dst: r6 src: r3 off: 88 imm: 0
	1688: StXMemW dst: r6 src: r4 off: 92 imm: 0
	1689: StXMemW dst: rfp src: r3 off: -8 imm: 0
	1690: LoadMapPtr dst: r1 fd: 4
	1692: MovReg dst: r2 src: rfp
	1693: AddImm dst: r2 imm: -8
	1694: Call FnMapLookupElem
	1695: JEqImm dst: r0 off: -1 imm: 0 <ri_none>
	1696: MovReg dst: r7 src: r0
	1697: LdXMemW dst: r1 src: r7 off: 0 imm: 0
	1698: JEqImm dst: r1 off: -1 imm: 0 <ri_none>
	1699: LdXMemW dst: r2 src: r6 off: 92 imm: 0
	1700: MulReg dst: r1 src: r2
	1701: JLEImm dst: r1 off: -1 imm: 65535 <ri_asked>
	1702: MovImm dst: r1 imm: 65535
ri_asked:
	1703: StXMemW dst: r6 src: r1 off: 104 imm: 0
	1704: LdXMemW dst: r2 src: r6 off: 88 imm: 0
	1705: MovReg dst: r3 src: r2
	1706: LShImm dst: r3 imm: 40
	1707: MovReg dst: r1 src: r9
	1708: XorReg dst: r1 src: r3
	1709: LdImmDW dst: r3 imm: -7046029254386353131
	1711: MulReg dst: r1 src: r3
	1712: RShImm dst: r1 imm: 54
	1713: LdXMemW dst: r0 src: r6 off: 4 imm: 0
	1714: LdXMemW dst: r3 src: r6 off: 104 imm: 0
	1715: MovReg dst: r4 src: r1
	1716: AddImm dst: r4 imm: 0
	1717: AndImm dst: r4 imm: 1023
	1718: LShImm dst: r4 imm: 5
	1719: AddReg dst: r4 src: r6
	1720: AddImm dst: r4 imm: 16896
	1721: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	1722: JNEReg dst: r5 off: -1 src: r0 <dedup_insert>
	1723: LdXMemDW dst: r5 src: r4 off: 0 imm: 0
	1724: JNEReg dst: r5 off: -1 src: r9 <dedup_next_86>
	1725: LdXMemW dst: r5 src: r4 off: 8 imm: 0
	1726: JNEReg dst: r5 off: -1 src: r2 <dedup_next_86>
	1727: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	1728: JGEReg dst: r5 off: -1 src: r3 <ri_none>
	1729: Ja off: -1 <dedup_insert>
dedup_next_86:
	1730: MovReg dst: r4 src: r1
	1731: AddImm dst: r4 imm: 1
	1732: AndImm dst: r4 imm: 1023
	1733: LShImm dst: r4 imm: 5
	1734: AddReg dst: r4 src: r6
	1735: AddImm dst: r4 imm: 16896
	1736: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	1737: JNEReg dst: r5 off: -1 src: r0 <dedup_insert>
	1738: LdXMemDW dst: r5 src: r4 off: 0 imm: 0
	1739: JNEReg dst: r5 off: -1 src: r9 <dedup_next_87>
	1740: LdXMemW dst: r5 src: r4 off: 8 imm: 0
	1741: JNEReg dst: r5 off: -1 src: r2 <dedup_next_87>
	1742: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	1743: JGEReg dst: r5 off: -1 src: r3 <ri_none>
	1744: Ja off: -1 <dedup_insert>
dedup_next_87:
	1745: MovReg dst: r4 src: r1
	1746: AddImm dst: r4 imm: 2
	1747: AndImm dst: r4 imm: 1023
	1748: LShImm dst: r4 imm: 5
	1749: AddReg dst: r4 src: r6
	1750: AddImm dst: r4 imm: 16896
	1751: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	1752: JNEReg dst: r5 off: -1 src: r0 <dedup_insert>
	1753: LdXMemDW dst: r5 src: r4 off: 0 imm: 0
	1754: JNEReg dst: r5 off: -1 src: r9 <dedup_next_88>
	1755: LdXMemW dst: r5 src: r4 off: 8 imm: 0
	1756: JNEReg dst: r5 off: -1 src: r2 <dedup_next_88>
	1757: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	1758: JGEReg dst: r5 off: -1 src: r3 <ri_none>
	1759: Ja off: -1 <dedup_insert>
dedup_next_88:
	1760: MovReg dst: r4 src: r1
	1761: AddImm dst: r4 imm: 3
	1762: AndImm dst: r4 imm: 1023
	1763: LShImm dst: r4 imm: 5
	1764: AddReg dst: r4 src: r6
	1765: AddImm dst: r4 imm: 16896
	1766: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	1767: JNEReg dst: r5 off: -1 src: r0 <dedup_insert>
	1768: LdXMemDW dst: r5 src: r4 off: 0 imm: 0
	1769: JNEReg dst: r5 off: -1 src: r9 <dedup_next_89>
	1770: LdXMemW dst: r5 src: r4 off: 8 imm: 0
	1771: JNEReg dst: r5 off: -1 src: r2 <dedup_next_89>
	1772: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	1773: JGEReg dst: r5 off: -1 src: r3 <ri_none>
	1774: Ja off: -1 <dedup_insert>
dedup_next_89:
	1775: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1776: OrImm dst: r1 imm: 1
	1777: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1778: Ja off: -1 <ri_none>
dedup_insert:
	1779: StXMemDW dst: r4 src: r9 off: 0 imm: 0
	1780: StXMemW dst: r4 src: r2 off: 8 imm: 0
	1781: StXMemW dst: r4 src: r0 off: 12 imm: 0
	1782: StXMemW dst: r4 src: r3 off: 16 imm: 0
	1783: MovImm dst: r1 imm: 4328
	1784: LdXMemW dst: r2 src: r6 off: 80 imm: 0
	1785: SubReg dst: r1 src: r2
	1786: LdXMemW dst: r2 src: r7 off: 0 imm: 0
	1787: JSGEReg dst: r1 off: -1 src: r2 <ri_room>
	1788: AndImm dst: r1 imm: -8
	1789: JSLEImm dst: r1 off: -1 imm: 0 <ri_no_room>
	1790: MovReg dst: r3 src: r1
	1791: StMemW dst: r6 src: r0 off: 84 imm: 1
	1792: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1793: OrImm dst: r1 imm: 1
	1794: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1795: Ja off: -1 <ri_prefix>
ri_no_room:
	1796: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1797: OrImm dst: r1 imm: 1
	1798: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1799: Ja off: -1 <ri_none>
ri_room:
	1800: DivReg dst: r1 src: r2
	1801: LdXMemW dst: r3 src: r6 off: 92 imm: 0
	1802: JLEReg dst: r3 off: -1 src: r1 <ri_fits>
	1803: MovReg dst: r3 src: r1
	1804: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1805: OrImm dst: r1 imm: 1
	1806: StXMemW dst: r6 src: r1 off: 16 imm: 0
ri_fits:
	1807: StXMemW dst: r6 src: r3 off: 84 imm: 0
	1808: MulReg dst: r3 src: r2
ri_prefix:
	1809: AndImm dst: r3 imm: 65535
	1810: StXMemW dst: r6 src: r3 off: 100 imm: 0
	1811: LdXMemW dst: r1 src: r6 off: 8 imm: 0
	1812: StXMemW dst: r6 src: r1 off: 96 imm: 0
	1813: AndImm dst: r1 imm: 65535
	1814: AddReg dst: r1 src: r6
	1815: AddImm dst: r1 imm: 49664
	1816: LdXMemW dst: r2 src: r6 off: 88 imm: 0
	1817: StXMemW dst: r1 src: r2 off: 0 imm: 0
	1818: StMemW dst: r1 src: r0 off: 4 imm: 0
	1819: StXMemDW dst: r1 src: r9 off: 8 imm: 0
	1820: StXMemW dst: r1 src: r3 off: 16 imm: 0
	1821: MovReg dst: r2 src: r3
	1822: AddImm dst: r2 imm: 7
	1823: AndImm dst: r2 imm: -8
	1824: StXMemW dst: r1 src: r2 off: 20 imm: 0
	1825: LdXMemW dst: r2 src: r6 off: 12 imm: 0
	1826: AddImm dst: r2 imm: 1
	1827: StXMemW dst: r6 src: r2 off: 12 imm: 0
	1828: AddImm dst: r1 imm: 24
	1829: MovReg dst: r2 src: r3
	1830: MovReg dst: r3 src: r9
	1831: Call FnProbeReadUser
	1832: JEqImm dst: r0 off: -1 imm: 0 <ri_read>
	1833: LdXMemW dst: r1 src: r6 off: 96 imm: 0
	1834: AndImm dst: r1 imm: 65535
	1835: AddReg dst: r1 src: r6
	1836: AddImm dst: r1 imm: 49664
	1837: StMemW dst: r1 src: r0 off: 4 imm: 1
	1838: StMemW dst: r1 src: r0 off: 16 imm: 0
	1839: StMemW dst: r1 src: r0 off: 20 imm: 0
	1840: MovImm dst: r2 imm: 0
	1841: Ja off: -1 <ri_advance>
ri_read:
	1842: LdXMemW dst: r2 src: r6 off: 100 imm: 0
	1843: AddImm dst: r2 imm: 7
	1844: AndImm dst: r2 imm: -8
ri_advance:
	1845: LdXMemW dst: r1 src: r6 off: 96 imm: 0
	1846: AddImm dst: r1 imm: 24
	1847: MovReg dst: r0 src: r1
	1848: AddReg dst: r1 src: r2
	1849: StXMemW dst: r6 src: r1 off: 8 imm: 0
	1850: LdXMemW dst: r1 src: r6 off: 80 imm: 0
	1851: AddImm dst: r1 imm: 24
	1852: StXMemW dst: r6 src: r1 off: 80 imm: 0
	1853: LdXMemW dst: r1 src: r6 off: 80 imm: 0
	1854: AddReg dst: r1 src: r2
	1855: StXMemW dst: r6 src: r1 off: 80 imm: 0
	1856: JEqImm dst: r2 off: -1 imm: 0 <ri_none>
	1857: Exit
ri_static:
	1858: LdXMemW dst: r1 src: r6 off: 96 imm: 0
	1859: AndImm dst: r1 imm: 65535
	1860: AddReg dst: r1 src: r6
	1861: AddImm dst: r1 imm: 49664
	1862: StMemW dst: r1 src: r0 off: 4 imm: 128
	1863: StMemW dst: r1 src: r0 off: 20 imm: 0
	1864: LdXMemW dst: r1 src: r6 off: 96 imm: 0
	1865: AddImm dst: r1 imm: 24
	1866: StXMemW dst: r6 src: r1 off: 8 imm: 0
	1867: LdXMemW dst: r1 src: r6 off: 80 imm: 0
	1868: LdXMemW dst: r2 src: r6 off: 100 imm: 0
	1869: AddImm dst: r2 imm: 31
	1870: AndImm dst: r2 imm: -8
	1871: AddReg dst: r1 src: r2
	1872: StXMemW dst: r6 src: r1 off: 80 imm: 0
ri_none:
	1873: MovImm dst: r0 imm: -1
	1874: Exit
