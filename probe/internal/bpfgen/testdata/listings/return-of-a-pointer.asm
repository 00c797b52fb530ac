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
	  28: StMemB dst: r7 src: r0 off: 8 imm: 1
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
	  39: Call FnKtimeGetNs
	  40: StXMemDW dst: r7 src: r0 off: 24 imm: 0
	  41: LdXMemDW dst: r1 src: r8 off: 128 imm: 0
	  42: JEqImm dst: r1 off: -1 imm: 0 <no_call>
	  43: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	  44: SubReg dst: r1 src: r2
	  45: StXMemW dst: rfp src: r1 off: -24 imm: 0
	  46: LdXMemDW dst: r1 src: r8 off: 272 imm: 0
	  47: StXMemDW dst: rfp src: r1 off: -32 imm: 0
	  48: StMemW dst: rfp src: r0 off: -20 imm: 2
	  49: LoadMapPtr dst: r1 fd: 6
	  51: MovReg dst: r2 src: rfp
	  52: AddImm dst: r2 imm: -32
	  53: Call FnMapLookupElem
	  54: JEqImm dst: r0 off: -1 imm: 0 <no_call>
	  55: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  56: StXMemDW dst: r7 src: r1 off: 32 imm: 0
	  57: LoadMapPtr dst: r1 fd: 6
	  59: MovReg dst: r2 src: rfp
	  60: AddImm dst: r2 imm: -32
	  61: Call FnMapDeleteElem
	  62: Ja off: -1 <call_done>
no_call:
	  63: StMemW dst: r8 src: r0 off: 0 imm: 0
	  64: Ja off: -1 <exit>
call_done:
	  65: MovReg dst: r1 src: r6
	  66: Call FnGetAttachCookie
	  67: StXMemDW dst: r7 src: r0 off: 40 imm: 0
	  68: StMemH dst: r7 src: r0 off: 10 imm: 1
	  69: LdXMemDW dst: r2 src: r8 off: 128 imm: 0
	  70: LdXMemDW dst: r3 src: r6 off: 152 imm: 0
	  71: SubReg dst: r2 src: r3
	  72: JSLTImm dst: r2 off: -1 imm: 0 <window_none>
	  73: JLEImm dst: r2 off: -1 imm: 2048 <window_sized>
	  74: MovImm dst: r2 imm: 2048
	  75: Ja off: -1 <window_sized>
window_none:
	  76: MovImm dst: r2 imm: 0
window_sized:
	  77: StXMemDW dst: r8 src: r2 off: 56 imm: 0
	  78: MovReg dst: r1 src: r8
	  79: AddImm dst: r1 imm: 180992
	  80: Call FnProbeReadUser
	  81: JEqImm dst: r0 off: -1 imm: 0 <window_read>
	  82: StMemDW dst: r8 src: r0 off: 56 imm: 0
window_read:
	  83: LdXMemDW dst: r9 src: r6 off: 152 imm: 0
	  84: MovReg dst: r1 src: r9
	  85: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	  86: SubReg dst: r1 src: r2
	  87: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_1>
	  88: MovReg dst: r2 src: r1
	  89: AddImm dst: r2 imm: 16
	  90: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	  91: JGTReg dst: r2 off: -1 src: r3 <frame_read_1>
	  92: AddReg dst: r1 src: r8
	  93: AddImm dst: r1 imm: 180992
	  94: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	  95: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	  96: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	  97: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	  98: Ja off: -1 <frame_got_2>
frame_read_1:
	  99: MovReg dst: r1 src: r8
	 100: AddImm dst: r1 imm: 64
	 101: MovImm dst: r2 imm: 16
	 102: MovReg dst: r3 src: r9
	 103: Call FnProbeReadUser
	 104: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_2:
	 105: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 106: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 107: StXMemDW dst: r7 src: r1 off: 48 imm: 0
	 108: LdXMemDW dst: r9 src: r6 off: 32 imm: 0
	 109: StMemH dst: r7 src: r0 off: 10 imm: 2
	 110: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 111: MovReg dst: r1 src: r9
	 112: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 113: SubReg dst: r1 src: r2
	 114: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_3>
	 115: MovReg dst: r2 src: r1
	 116: AddImm dst: r2 imm: 16
	 117: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 118: JGTReg dst: r2 off: -1 src: r3 <frame_read_3>
	 119: AddReg dst: r1 src: r8
	 120: AddImm dst: r1 imm: 180992
	 121: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 122: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 123: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 124: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 125: Ja off: -1 <frame_got_4>
frame_read_3:
	 126: MovReg dst: r1 src: r8
	 127: AddImm dst: r1 imm: 64
	 128: MovImm dst: r2 imm: 16
	 129: MovReg dst: r3 src: r9
	 130: Call FnProbeReadUser
	 131: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_4:
	 132: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 133: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 134: StXMemDW dst: r7 src: r1 off: 56 imm: 0
	 135: StMemH dst: r7 src: r0 off: 10 imm: 3
	 136: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 137: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 138: MovReg dst: r9 src: r1
	 139: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 140: MovReg dst: r1 src: r9
	 141: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 142: SubReg dst: r1 src: r2
	 143: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_5>
	 144: MovReg dst: r2 src: r1
	 145: AddImm dst: r2 imm: 16
	 146: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 147: JGTReg dst: r2 off: -1 src: r3 <frame_read_5>
	 148: AddReg dst: r1 src: r8
	 149: AddImm dst: r1 imm: 180992
	 150: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 151: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 152: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 153: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 154: Ja off: -1 <frame_got_6>
frame_read_5:
	 155: MovReg dst: r1 src: r8
	 156: AddImm dst: r1 imm: 64
	 157: MovImm dst: r2 imm: 16
	 158: MovReg dst: r3 src: r9
	 159: Call FnProbeReadUser
	 160: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_6:
	 161: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 162: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 163: StXMemDW dst: r7 src: r1 off: 64 imm: 0
	 164: StMemH dst: r7 src: r0 off: 10 imm: 4
	 165: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 166: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 167: MovReg dst: r9 src: r1
	 168: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 169: MovReg dst: r1 src: r9
	 170: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 171: SubReg dst: r1 src: r2
	 172: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_7>
	 173: MovReg dst: r2 src: r1
	 174: AddImm dst: r2 imm: 16
	 175: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 176: JGTReg dst: r2 off: -1 src: r3 <frame_read_7>
	 177: AddReg dst: r1 src: r8
	 178: AddImm dst: r1 imm: 180992
	 179: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 180: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 181: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 182: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 183: Ja off: -1 <frame_got_8>
frame_read_7:
	 184: MovReg dst: r1 src: r8
	 185: AddImm dst: r1 imm: 64
	 186: MovImm dst: r2 imm: 16
	 187: MovReg dst: r3 src: r9
	 188: Call FnProbeReadUser
	 189: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_8:
	 190: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 191: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 192: StXMemDW dst: r7 src: r1 off: 72 imm: 0
	 193: StMemH dst: r7 src: r0 off: 10 imm: 5
	 194: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 195: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 196: MovReg dst: r9 src: r1
	 197: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 198: MovReg dst: r1 src: r9
	 199: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 200: SubReg dst: r1 src: r2
	 201: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_9>
	 202: MovReg dst: r2 src: r1
	 203: AddImm dst: r2 imm: 16
	 204: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 205: JGTReg dst: r2 off: -1 src: r3 <frame_read_9>
	 206: AddReg dst: r1 src: r8
	 207: AddImm dst: r1 imm: 180992
	 208: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 209: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 210: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 211: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 212: Ja off: -1 <frame_got_10>
frame_read_9:
	 213: MovReg dst: r1 src: r8
	 214: AddImm dst: r1 imm: 64
	 215: MovImm dst: r2 imm: 16
	 216: MovReg dst: r3 src: r9
	 217: Call FnProbeReadUser
	 218: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_10:
	 219: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 220: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 221: StXMemDW dst: r7 src: r1 off: 80 imm: 0
	 222: StMemH dst: r7 src: r0 off: 10 imm: 6
	 223: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 224: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 225: MovReg dst: r9 src: r1
	 226: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 227: MovReg dst: r1 src: r9
	 228: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 229: SubReg dst: r1 src: r2
	 230: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_11>
	 231: MovReg dst: r2 src: r1
	 232: AddImm dst: r2 imm: 16
	 233: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 234: JGTReg dst: r2 off: -1 src: r3 <frame_read_11>
	 235: AddReg dst: r1 src: r8
	 236: AddImm dst: r1 imm: 180992
	 237: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 238: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 239: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 240: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 241: Ja off: -1 <frame_got_12>
frame_read_11:
	 242: MovReg dst: r1 src: r8
	 243: AddImm dst: r1 imm: 64
	 244: MovImm dst: r2 imm: 16
	 245: MovReg dst: r3 src: r9
	 246: Call FnProbeReadUser
	 247: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_12:
	 248: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 249: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 250: StXMemDW dst: r7 src: r1 off: 88 imm: 0
	 251: StMemH dst: r7 src: r0 off: 10 imm: 7
	 252: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 253: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 254: MovReg dst: r9 src: r1
	 255: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 256: MovReg dst: r1 src: r9
	 257: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 258: SubReg dst: r1 src: r2
	 259: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_13>
	 260: MovReg dst: r2 src: r1
	 261: AddImm dst: r2 imm: 16
	 262: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 263: JGTReg dst: r2 off: -1 src: r3 <frame_read_13>
	 264: AddReg dst: r1 src: r8
	 265: AddImm dst: r1 imm: 180992
	 266: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 267: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 268: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 269: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 270: Ja off: -1 <frame_got_14>
frame_read_13:
	 271: MovReg dst: r1 src: r8
	 272: AddImm dst: r1 imm: 64
	 273: MovImm dst: r2 imm: 16
	 274: MovReg dst: r3 src: r9
	 275: Call FnProbeReadUser
	 276: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_14:
	 277: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 278: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 279: StXMemDW dst: r7 src: r1 off: 96 imm: 0
	 280: StMemH dst: r7 src: r0 off: 10 imm: 8
	 281: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 282: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 283: MovReg dst: r9 src: r1
	 284: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 285: MovReg dst: r1 src: r9
	 286: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 287: SubReg dst: r1 src: r2
	 288: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_15>
	 289: MovReg dst: r2 src: r1
	 290: AddImm dst: r2 imm: 16
	 291: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 292: JGTReg dst: r2 off: -1 src: r3 <frame_read_15>
	 293: AddReg dst: r1 src: r8
	 294: AddImm dst: r1 imm: 180992
	 295: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 296: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 297: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 298: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 299: Ja off: -1 <frame_got_16>
frame_read_15:
	 300: MovReg dst: r1 src: r8
	 301: AddImm dst: r1 imm: 64
	 302: MovImm dst: r2 imm: 16
	 303: MovReg dst: r3 src: r9
	 304: Call FnProbeReadUser
	 305: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_16:
	 306: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 307: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 308: StXMemDW dst: r7 src: r1 off: 104 imm: 0
	 309: StMemH dst: r7 src: r0 off: 10 imm: 9
	 310: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 311: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 312: MovReg dst: r9 src: r1
	 313: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 314: MovReg dst: r1 src: r9
	 315: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 316: SubReg dst: r1 src: r2
	 317: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_17>
	 318: MovReg dst: r2 src: r1
	 319: AddImm dst: r2 imm: 16
	 320: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 321: JGTReg dst: r2 off: -1 src: r3 <frame_read_17>
	 322: AddReg dst: r1 src: r8
	 323: AddImm dst: r1 imm: 180992
	 324: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 325: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 326: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 327: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 328: Ja off: -1 <frame_got_18>
frame_read_17:
	 329: MovReg dst: r1 src: r8
	 330: AddImm dst: r1 imm: 64
	 331: MovImm dst: r2 imm: 16
	 332: MovReg dst: r3 src: r9
	 333: Call FnProbeReadUser
	 334: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_18:
	 335: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 336: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 337: StXMemDW dst: r7 src: r1 off: 112 imm: 0
	 338: StMemH dst: r7 src: r0 off: 10 imm: 10
	 339: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 340: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 341: MovReg dst: r9 src: r1
	 342: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 343: MovReg dst: r1 src: r9
	 344: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 345: SubReg dst: r1 src: r2
	 346: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_19>
	 347: MovReg dst: r2 src: r1
	 348: AddImm dst: r2 imm: 16
	 349: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 350: JGTReg dst: r2 off: -1 src: r3 <frame_read_19>
	 351: AddReg dst: r1 src: r8
	 352: AddImm dst: r1 imm: 180992
	 353: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 354: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 355: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 356: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 357: Ja off: -1 <frame_got_20>
frame_read_19:
	 358: MovReg dst: r1 src: r8
	 359: AddImm dst: r1 imm: 64
	 360: MovImm dst: r2 imm: 16
	 361: MovReg dst: r3 src: r9
	 362: Call FnProbeReadUser
	 363: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_20:
	 364: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 365: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 366: StXMemDW dst: r7 src: r1 off: 120 imm: 0
	 367: StMemH dst: r7 src: r0 off: 10 imm: 11
	 368: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 369: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 370: MovReg dst: r9 src: r1
	 371: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 372: MovReg dst: r1 src: r9
	 373: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 374: SubReg dst: r1 src: r2
	 375: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_21>
	 376: MovReg dst: r2 src: r1
	 377: AddImm dst: r2 imm: 16
	 378: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 379: JGTReg dst: r2 off: -1 src: r3 <frame_read_21>
	 380: AddReg dst: r1 src: r8
	 381: AddImm dst: r1 imm: 180992
	 382: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 383: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 384: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 385: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 386: Ja off: -1 <frame_got_22>
frame_read_21:
	 387: MovReg dst: r1 src: r8
	 388: AddImm dst: r1 imm: 64
	 389: MovImm dst: r2 imm: 16
	 390: MovReg dst: r3 src: r9
	 391: Call FnProbeReadUser
	 392: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_22:
	 393: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 394: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 395: StXMemDW dst: r7 src: r1 off: 128 imm: 0
	 396: StMemH dst: r7 src: r0 off: 10 imm: 12
	 397: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 398: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 399: MovReg dst: r9 src: r1
	 400: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 401: MovReg dst: r1 src: r9
	 402: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 403: SubReg dst: r1 src: r2
	 404: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_23>
	 405: MovReg dst: r2 src: r1
	 406: AddImm dst: r2 imm: 16
	 407: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 408: JGTReg dst: r2 off: -1 src: r3 <frame_read_23>
	 409: AddReg dst: r1 src: r8
	 410: AddImm dst: r1 imm: 180992
	 411: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 412: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 413: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 414: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 415: Ja off: -1 <frame_got_24>
frame_read_23:
	 416: MovReg dst: r1 src: r8
	 417: AddImm dst: r1 imm: 64
	 418: MovImm dst: r2 imm: 16
	 419: MovReg dst: r3 src: r9
	 420: Call FnProbeReadUser
	 421: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_24:
	 422: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 423: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 424: StXMemDW dst: r7 src: r1 off: 136 imm: 0
	 425: StMemH dst: r7 src: r0 off: 10 imm: 13
	 426: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 427: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 428: MovReg dst: r9 src: r1
	 429: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 430: MovReg dst: r1 src: r9
	 431: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 432: SubReg dst: r1 src: r2
	 433: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_25>
	 434: MovReg dst: r2 src: r1
	 435: AddImm dst: r2 imm: 16
	 436: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 437: JGTReg dst: r2 off: -1 src: r3 <frame_read_25>
	 438: AddReg dst: r1 src: r8
	 439: AddImm dst: r1 imm: 180992
	 440: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 441: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 442: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 443: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 444: Ja off: -1 <frame_got_26>
frame_read_25:
	 445: MovReg dst: r1 src: r8
	 446: AddImm dst: r1 imm: 64
	 447: MovImm dst: r2 imm: 16
	 448: MovReg dst: r3 src: r9
	 449: Call FnProbeReadUser
	 450: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_26:
	 451: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 452: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 453: StXMemDW dst: r7 src: r1 off: 144 imm: 0
	 454: StMemH dst: r7 src: r0 off: 10 imm: 14
	 455: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 456: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 457: MovReg dst: r9 src: r1
	 458: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 459: MovReg dst: r1 src: r9
	 460: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 461: SubReg dst: r1 src: r2
	 462: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_27>
	 463: MovReg dst: r2 src: r1
	 464: AddImm dst: r2 imm: 16
	 465: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 466: JGTReg dst: r2 off: -1 src: r3 <frame_read_27>
	 467: AddReg dst: r1 src: r8
	 468: AddImm dst: r1 imm: 180992
	 469: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 470: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 471: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 472: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 473: Ja off: -1 <frame_got_28>
frame_read_27:
	 474: MovReg dst: r1 src: r8
	 475: AddImm dst: r1 imm: 64
	 476: MovImm dst: r2 imm: 16
	 477: MovReg dst: r3 src: r9
	 478: Call FnProbeReadUser
	 479: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_28:
	 480: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 481: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 482: StXMemDW dst: r7 src: r1 off: 152 imm: 0
	 483: StMemH dst: r7 src: r0 off: 10 imm: 15
	 484: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 485: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 486: MovReg dst: r9 src: r1
	 487: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 488: MovReg dst: r1 src: r9
	 489: LdXMemDW dst: r2 src: r6 off: 152 imm: 0
	 490: SubReg dst: r1 src: r2
	 491: JGEImm dst: r1 off: -1 imm: 2048 <frame_read_29>
	 492: MovReg dst: r2 src: r1
	 493: AddImm dst: r2 imm: 16
	 494: LdXMemDW dst: r3 src: r8 off: 56 imm: 0
	 495: JGTReg dst: r2 off: -1 src: r3 <frame_read_29>
	 496: AddReg dst: r1 src: r8
	 497: AddImm dst: r1 imm: 180992
	 498: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 499: StXMemDW dst: r8 src: r2 off: 64 imm: 0
	 500: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 501: StXMemDW dst: r8 src: r2 off: 72 imm: 0
	 502: Ja off: -1 <frame_got_30>
frame_read_29:
	 503: MovReg dst: r1 src: r8
	 504: AddImm dst: r1 imm: 64
	 505: MovImm dst: r2 imm: 16
	 506: MovReg dst: r3 src: r9
	 507: Call FnProbeReadUser
	 508: JNEImm dst: r0 off: -1 imm: 0 <stack_done>
frame_got_30:
	 509: LdXMemDW dst: r1 src: r8 off: 72 imm: 0
	 510: JEqImm dst: r1 off: -1 imm: 0 <stack_done>
	 511: StXMemDW dst: r7 src: r1 off: 160 imm: 0
	 512: StMemH dst: r7 src: r0 off: 10 imm: 16
	 513: LdXMemDW dst: r1 src: r8 off: 64 imm: 0
	 514: JLEReg dst: r1 off: -1 src: r9 <stack_done>
	 515: MovReg dst: r9 src: r1
	 516: JEqImm dst: r9 off: -1 imm: 0 <stack_done>
	 517: LdXMemW dst: r1 src: r8 off: 16 imm: 0
	 518: OrImm dst: r1 imm: 2
	 519: StXMemW dst: r8 src: r1 off: 16 imm: 0
stack_done:
	 520: MovReg dst: r9 src: r7
	 521: AddImm dst: r9 imm: 168
	 522: StMemW dst: r9 src: r0 off: 0 imm: 7
	 523: StMemDW dst: r9 src: r0 off: 8 imm: 0
	 524: StMemW dst: r9 src: r0 off: 4 imm: 0
	 525: StMemW dst: r9 src: r0 off: 16 imm: 8
	 526: StMemW dst: r9 src: r0 off: 20 imm: 8
	 527: LdXMemDW dst: r2 src: r6 off: 80 imm: 0
	 528: MovReg dst: r1 src: r9
	 529: AddImm dst: r1 imm: 24
	 530: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	 531: MovImm dst: r9 imm: 0
	 532: LdXMemDW dst: r1 src: r7 off: 192 imm: 0
	 533: JEqImm dst: r1 off: -1 imm: 0 <root_unqueued_31>
	 534: MovImm dst: r3 imm: 1
	 535: MovReg dst: r2 src: r9
	 536: LShImm dst: r2 imm: 5
	 537: AddReg dst: r2 src: r8
	 538: StXMemDW dst: r2 src: r1 off: 512 imm: 0
	 539: StMemW dst: r2 src: r0 off: 520 imm: 4
	 540: StXMemW dst: r2 src: r3 off: 524 imm: 0
	 541: StMemW dst: r2 src: r0 off: 528 imm: 1
	 542: StMemW dst: r2 src: r0 off: 532 imm: 0
	 543: StMemW dst: r2 src: r0 off: 536 imm: 0
	 544: AddImm dst: r9 imm: 1
root_unqueued_31:
	 545: StXMemW dst: r8 src: r9 off: 24 imm: 0
	 546: StXMemDW dst: rfp src: r8 off: -48 imm: 0
	 547: MovImm dst: r1 imm: 16384
	 548: LdImmDW dst: r2 imm: -1 <step>
	 550: MovReg dst: r3 src: rfp
	 551: AddImm dst: r3 imm: -48
	 552: MovImm dst: r4 imm: 0
	 553: Call FnLoop
	 554: LdXMemW dst: r1 src: r8 off: 28 imm: 0
	 555: JNEImm dst: r1 off: -1 imm: 0 <steps_out>
	 556: LdXMemW dst: r1 src: r8 off: 20 imm: 0
	 557: LdXMemW dst: r2 src: r8 off: 24 imm: 0
	 558: JEqReg dst: r1 off: -1 src: r2 <emit>
steps_out:
	 559: LdXMemW dst: r1 src: r8 off: 16 imm: 0
	 560: OrImm dst: r1 imm: 1
	 561: StXMemW dst: r8 src: r1 off: 16 imm: 0
emit:
	 562: LdXMemW dst: r3 src: r8 off: 8 imm: 0
	 563: StXMemW dst: r7 src: r3 off: 0 imm: 0
	 564: LdXMemW dst: r1 src: r8 off: 12 imm: 0
	 565: StXMemH dst: r7 src: r1 off: 12 imm: 0
	 566: LdXMemW dst: r1 src: r8 off: 16 imm: 0
	 567: StXMemB dst: r7 src: r1 off: 9 imm: 0
	 568: LdXMemW dst: r1 src: r8 off: 4 imm: 0
	 569: MovImm dst: r4 imm: 1
	 570: AndImm dst: r1 imm: 15
	 571: JNEImm dst: r1 off: -1 imm: 0 <wake_chosen>
	 572: LoadMapPtr dst: r1 fd: 7
	 574: MovImm dst: r2 imm: 0
	 575: Call FnRingbufQuery
	 576: MovImm dst: r4 imm: 1
	 577: JLTImm dst: r0 off: -1 imm: 8388608 <wake_chosen>
	 578: MovImm dst: r4 imm: 2
wake_chosen:
	 579: LoadMapPtr dst: r1 fd: 7
	 581: MovReg dst: r2 src: r7
	 582: LdXMemW dst: r3 src: r8 off: 8 imm: 0
	 583: AndImm dst: r3 imm: 65535
	 584: Call FnRingbufOutput
	 585: StMemW dst: r8 src: r0 off: 0 imm: 0
	 586: JEqImm dst: r0 off: -1 imm: 0 <exit>
drop_unowned:
	 587: MovImm dst: r1 imm: 2
	 588: StXMemW dst: rfp src: r1 off: -8 imm: 0
	 589: LoadMapPtr dst: r1 fd: 8
	 591: MovReg dst: r2 src: rfp
	 592: AddImm dst: r2 imm: -8
	 593: Call FnMapLookupElem
	 594: JEqImm dst: r0 off: -1 imm: 0 <exit>
	 595: MovImm dst: r1 imm: 1
	 596: StXAtomicAddDW dst: r0 src: r1 off: 0
exit:
	 597: MovImm dst: r0 imm: 0
	 598: Exit
step:
	 599: LdXMemDW dst: r6 src: r2 off: 0 imm: 0
	 600: LdXMemW dst: r1 src: r6 off: 28 imm: 0
	 601: JEqImm dst: r1 off: -1 imm: 0 <pop>
scan:
	 602: LdXMemW dst: r1 src: r6 off: 36 imm: 0
	 603: StXMemW dst: rfp src: r1 off: -8 imm: 0
	 604: LoadMapPtr dst: r1 fd: 4
	 606: MovReg dst: r2 src: rfp
	 607: AddImm dst: r2 imm: -8
	 608: Call FnMapLookupElem
	 609: JEqImm dst: r0 off: -1 imm: 0 <scan_end>
	 610: MovReg dst: r7 src: r0
	 611: MovImm dst: r5 imm: 0
scan_next:
	 612: LdXMemW dst: r1 src: r6 off: 44 imm: 0
	 613: LdXMemW dst: r2 src: r7 off: 4 imm: 0
	 614: JGEReg dst: r1 off: -1 src: r2 <scan_end>
	 615: MovReg dst: r8 src: r1
	 616: AndImm dst: r8 imm: 63
	 617: LShImm dst: r8 imm: 4
	 618: AddReg dst: r8 src: r7
	 619: LdXMemW dst: r9 src: r6 off: 32 imm: 0
	 620: AndImm dst: r9 imm: 65535
	 621: AddImm dst: r1 imm: 1
	 622: JGEReg dst: r1 off: -1 src: r2 <last_slot>
	 623: StXMemW dst: r6 src: r1 off: 44 imm: 0
	 624: Ja off: -1 <slot_ready>
last_slot:
	 625: StMemW dst: r6 src: r0 off: 44 imm: 0
	 626: LdXMemW dst: r1 src: r6 off: 40 imm: 0
	 627: SubImm dst: r1 imm: 1
	 628: StXMemW dst: r6 src: r1 off: 40 imm: 0
	 629: LdXMemW dst: r2 src: r7 off: 0 imm: 0
	 630: AddReg dst: r2 src: r9
	 631: StXMemW dst: r6 src: r2 off: 32 imm: 0
	 632: JNEImm dst: r1 off: -1 imm: 0 <slot_ready>
	 633: StMemW dst: r6 src: r0 off: 28 imm: 0
slot_ready:
	 634: LdXMemB dst: r1 src: r8 off: 53 imm: 0
	 635: JEqImm dst: r1 off: -1 imm: 0 <cond_ok>
	 636: LdXMemW dst: r2 src: r7 off: 8 imm: 0
	 637: LdXMemB dst: r3 src: r8 off: 54 imm: 0
	 638: AddReg dst: r2 src: r3
	 639: AddReg dst: r2 src: r9
	 640: AndImm dst: r2 imm: 65535
	 641: AddReg dst: r2 src: r6
	 642: AddImm dst: r2 imm: 49664
	 643: LdXMemB dst: r2 src: r2 off: 0 imm: 0
	 644: JEqImm dst: r1 off: -1 imm: 2 <cond_tophash>
	 645: AndImm dst: r2 imm: 128
	 646: JNEImm dst: r2 off: -1 imm: 0 <pass_over>
	 647: Ja off: -1 <cond_ok>
cond_tophash:
	 648: JLTImm dst: r2 off: -1 imm: 5 <pass_over>
cond_ok:
	 649: LdXMemW dst: r1 src: r8 off: 48 imm: 0
	 650: AddReg dst: r1 src: r9
	 651: AndImm dst: r1 imm: 65535
	 652: LdXMemB dst: r3 src: r8 off: 52 imm: 0
	 653: MovReg dst: r2 src: r3
	 654: SubImm dst: r2 imm: 2
	 655: JGTImm dst: r2 off: -1 imm: 3 <one_word>
	 656: MovReg dst: r2 src: r1
	 657: AddImm dst: r2 imm: 16
	 658: Ja off: -1 <slot_width>
one_word:
	 659: MovReg dst: r2 src: r1
	 660: AddImm dst: r2 imm: 8
slot_width:
	 661: LdXMemW dst: r4 src: r6 off: 108 imm: 0
	 662: JGTReg dst: r2 off: -1 src: r4 <pass_over>
	 663: JEqImm dst: r3 off: -1 imm: 7 <s_inline>
	 664: MovReg dst: r2 src: r1
	 665: AndImm dst: r2 imm: 65535
	 666: AddReg dst: r2 src: r6
	 667: AddImm dst: r2 imm: 49664
	 668: LdXMemDW dst: r2 src: r2 off: 0 imm: 0
	 669: JNEImm dst: r2 off: -1 imm: 0 <slot_dispatch>
pass_over:
	 670: LdXMemW dst: r1 src: r6 off: 28 imm: 0
	 671: JEqImm dst: r1 off: -1 imm: 0 <ret0>
	 672: AddImm dst: r5 imm: 1
	 673: JLTImm dst: r5 off: -1 imm: 32 <scan_next>
	 674: Ja off: -1 <ret0>
slot_dispatch:
	 675: JEqImm dst: r3 off: -1 imm: 1 <s_pointer>
	 676: JEqImm dst: r3 off: -1 imm: 6 <s_map>
	 677: JEqImm dst: r3 off: -1 imm: 2 <s_string>
	 678: JEqImm dst: r3 off: -1 imm: 3 <s_slice>
	 679: JEqImm dst: r3 off: -1 imm: 7 <s_inline>
	 680: JEqImm dst: r3 off: -1 imm: 8 <s_swiss_dir>
	 681: JEqImm dst: r3 off: -1 imm: 9 <s_swiss_groups>
	 682: JEqImm dst: r3 off: -1 imm: 10 <s_hmap_buckets>
	 683: JEqImm dst: r3 off: -1 imm: 5 <s_iface>
	 684: JEqImm dst: r3 off: -1 imm: 4 <s_eface>
	 685: Ja off: -1 <ret0>
s_pointer:
	 686: Ja off: -1 <s_map>
s_map:
	 687: MovReg dst: r2 src: r1
	 688: AndImm dst: r2 imm: 65535
	 689: AddReg dst: r2 src: r6
	 690: AddImm dst: r2 imm: 49664
	 691: LdXMemDW dst: r1 src: r2 off: 0 imm: 0
	 692: LdXMemW dst: r2 src: r8 off: 56 imm: 0
	 693: MovImm dst: r3 imm: 1
	 694: LdXMemB dst: r0 src: r8 off: 52 imm: 0
	 695: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	 696: JNEImm dst: r0 off: -1 imm: 6 <ptr_aux>
	 697: LdXMemW dst: r5 src: r8 off: 60 imm: 0
ptr_aux:
	 698: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	 699: LdXMemB dst: r0 src: r8 off: 55 imm: 0
	 700: AddReg dst: r4 src: r0
	 701: JGTImm dst: r4 off: -1 imm: 3 <pushed_32>
	 702: JEqImm dst: r1 off: -1 imm: 0 <pushed_32>
	 703: JEqImm dst: r3 off: -1 imm: 0 <pushed_32>
	 704: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	 705: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	 706: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	 707: NegImm dst: r1 imm: 0
	 708: AddReg dst: r1 src: r0
	 709: JLTImm dst: r1 off: -1 imm: 512 <push_ok_33>
	 710: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	 711: OrImm dst: r1 imm: 1
	 712: StXMemW dst: r6 src: r1 off: 16 imm: 0
	 713: Ja off: -1 <pushed_32>
push_ok_33:
	 714: MovReg dst: r1 src: r0
	 715: AddImm dst: r1 imm: 1
	 716: StXMemW dst: r6 src: r1 off: 24 imm: 0
	 717: AndImm dst: r0 imm: 511
	 718: LShImm dst: r0 imm: 5
	 719: AddReg dst: r0 src: r6
	 720: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	 721: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	 722: StXMemW dst: r0 src: r2 off: 520 imm: 0
	 723: StXMemW dst: r0 src: r3 off: 524 imm: 0
	 724: StXMemW dst: r0 src: r4 off: 528 imm: 0
	 725: StMemW dst: r0 src: r0 off: 532 imm: 0
	 726: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_32:
	 727: Ja off: -1 <ret0>
s_string:
	 728: MovReg dst: r3 src: r1
	 729: AndImm dst: r3 imm: 65535
	 730: AddReg dst: r3 src: r6
	 731: AddImm dst: r3 imm: 49664
	 732: LdXMemDW dst: r2 src: r3 off: 0 imm: 0
	 733: LdXMemDW dst: r4 src: r3 off: 8 imm: 0
	 734: JLEImm dst: r4 off: -1 imm: 255 <str_capped>
	 735: MovImm dst: r4 imm: 255
str_capped:
	 736: MovReg dst: r1 src: r6
	 737: MovImm dst: r3 imm: 2
	 738: MovImm dst: r5 imm: 1
	 739: Call -1 <read_item>
	 740: Ja off: -1 <ret0>
s_slice:
	 741: MovReg dst: r2 src: r1
	 742: AndImm dst: r2 imm: 65535
	 743: AddReg dst: r2 src: r6
	 744: AddImm dst: r2 imm: 49664
	 745: LdXMemDW dst: r1 src: r2 off: 0 imm: 0
	 746: LdXMemDW dst: r3 src: r2 off: 8 imm: 0
	 747: JLEImm dst: r3 off: -1 imm: 100 <cap_34>
	 748: MovImm dst: r3 imm: 100
cap_34:
	 749: LdXMemW dst: r2 src: r8 off: 56 imm: 0
	 750: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	 751: LdXMemB dst: r0 src: r8 off: 55 imm: 0
	 752: AddReg dst: r4 src: r0
	 753: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	 754: JGTImm dst: r4 off: -1 imm: 3 <pushed_35>
	 755: JEqImm dst: r1 off: -1 imm: 0 <pushed_35>
	 756: JEqImm dst: r3 off: -1 imm: 0 <pushed_35>
	 757: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	 758: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	 759: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	 760: NegImm dst: r1 imm: 0
	 761: AddReg dst: r1 src: r0
	 762: JLTImm dst: r1 off: -1 imm: 512 <push_ok_36>
	 763: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	 764: OrImm dst: r1 imm: 1
	 765: StXMemW dst: r6 src: r1 off: 16 imm: 0
	 766: Ja off: -1 <pushed_35>
push_ok_36:
	 767: MovReg dst: r1 src: r0
	 768: AddImm dst: r1 imm: 1
	 769: StXMemW dst: r6 src: r1 off: 24 imm: 0
	 770: AndImm dst: r0 imm: 511
	 771: LShImm dst: r0 imm: 5
	 772: AddReg dst: r0 src: r6
	 773: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	 774: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	 775: StXMemW dst: r0 src: r2 off: 520 imm: 0
	 776: StXMemW dst: r0 src: r3 off: 524 imm: 0
	 777: StXMemW dst: r0 src: r4 off: 528 imm: 0
	 778: StMemW dst: r0 src: r0 off: 532 imm: 0
	 779: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_35:
	 780: Ja off: -1 <ret0>
s_inline:
	 781: LdXMemW dst: r2 src: r8 off: 56 imm: 0
	 782: LdXMemW dst: r3 src: r8 off: 60 imm: 0
	 783: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	 784: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	 785: JEqImm dst: r3 off: -1 imm: 0 <pushed_37>
	 786: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	 787: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	 788: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	 789: NegImm dst: r1 imm: 0
	 790: AddReg dst: r1 src: r0
	 791: JLTImm dst: r1 off: -1 imm: 512 <push_ok_38>
	 792: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	 793: OrImm dst: r1 imm: 1
	 794: StXMemW dst: r6 src: r1 off: 16 imm: 0
	 795: Ja off: -1 <pushed_37>
push_ok_38:
	 796: MovReg dst: r1 src: r0
	 797: AddImm dst: r1 imm: 1
	 798: StXMemW dst: r6 src: r1 off: 24 imm: 0
	 799: AndImm dst: r0 imm: 511
	 800: LShImm dst: r0 imm: 5
	 801: AddReg dst: r0 src: r6
	 802: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	 803: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	 804: StXMemW dst: r0 src: r2 off: 520 imm: 0
	 805: StXMemW dst: r0 src: r3 off: 524 imm: 0
	 806: StXMemW dst: r0 src: r4 off: 528 imm: 0
	 807: StMemW dst: r0 src: r0 off: 532 imm: 1
	 808: StXMemW dst: r0 src: r5 off: 536 imm: 0
	 809: LdXMemW dst: r1 src: r6 off: 108 imm: 0
	 810: StXMemW dst: r0 src: r1 off: 540 imm: 0
pushed_37:
	 811: Ja off: -1 <ret0>
s_swiss_dir:
	 812: MovReg dst: r8 src: r1
	 813: LdXMemW dst: r1 src: r6 off: 52 imm: 0
	 814: StXMemW dst: rfp src: r1 off: -8 imm: 0
	 815: LoadMapPtr dst: r1 fd: 4
	 817: MovReg dst: r2 src: rfp
	 818: AddImm dst: r2 imm: -8
	 819: Call FnMapLookupElem
	 820: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	 821: MovReg dst: r7 src: r0
	 822: LdXMemW dst: r3 src: r7 off: 24 imm: 0
	 823: AddReg dst: r3 src: r9
	 824: AndImm dst: r3 imm: 65535
	 825: AddReg dst: r3 src: r6
	 826: AddImm dst: r3 imm: 49664
	 827: LdXMemDW dst: r3 src: r3 off: 0 imm: 0
	 828: MovReg dst: r1 src: r8
	 829: AndImm dst: r1 imm: 65535
	 830: AddReg dst: r1 src: r6
	 831: AddImm dst: r1 imm: 49664
	 832: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	 833: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	 834: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	 835: JNEImm dst: r3 off: -1 imm: 0 <swiss_tables>
	 836: LdXMemW dst: r2 src: r7 off: 16 imm: 0
	 837: MovImm dst: r3 imm: 1
	 838: JGTImm dst: r4 off: -1 imm: 3 <pushed_39>
	 839: JEqImm dst: r1 off: -1 imm: 0 <pushed_39>
	 840: JEqImm dst: r3 off: -1 imm: 0 <pushed_39>
	 841: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	 842: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	 843: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	 844: NegImm dst: r1 imm: 0
	 845: AddReg dst: r1 src: r0
	 846: JLTImm dst: r1 off: -1 imm: 512 <push_ok_40>
	 847: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	 848: OrImm dst: r1 imm: 1
	 849: StXMemW dst: r6 src: r1 off: 16 imm: 0
	 850: Ja off: -1 <pushed_39>
push_ok_40:
	 851: MovReg dst: r1 src: r0
	 852: AddImm dst: r1 imm: 1
	 853: StXMemW dst: r6 src: r1 off: 24 imm: 0
	 854: AndImm dst: r0 imm: 511
	 855: LShImm dst: r0 imm: 5
	 856: AddReg dst: r0 src: r6
	 857: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	 858: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	 859: StXMemW dst: r0 src: r2 off: 520 imm: 0
	 860: StXMemW dst: r0 src: r3 off: 524 imm: 0
	 861: StXMemW dst: r0 src: r4 off: 528 imm: 0
	 862: StMemW dst: r0 src: r0 off: 532 imm: 0
	 863: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_39:
	 864: Ja off: -1 <ret0>
swiss_tables:
	 865: JLEImm dst: r3 off: -1 imm: 65535 <cap_41>
	 866: MovImm dst: r3 imm: 65535
cap_41:
	 867: LdXMemW dst: r2 src: r7 off: 20 imm: 0
	 868: JGTImm dst: r4 off: -1 imm: 3 <pushed_42>
	 869: JEqImm dst: r1 off: -1 imm: 0 <pushed_42>
	 870: JEqImm dst: r3 off: -1 imm: 0 <pushed_42>
	 871: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	 872: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	 873: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	 874: NegImm dst: r1 imm: 0
	 875: AddReg dst: r1 src: r0
	 876: JLTImm dst: r1 off: -1 imm: 512 <push_ok_43>
	 877: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	 878: OrImm dst: r1 imm: 1
	 879: StXMemW dst: r6 src: r1 off: 16 imm: 0
	 880: Ja off: -1 <pushed_42>
push_ok_43:
	 881: MovReg dst: r1 src: r0
	 882: AddImm dst: r1 imm: 1
	 883: StXMemW dst: r6 src: r1 off: 24 imm: 0
	 884: AndImm dst: r0 imm: 511
	 885: LShImm dst: r0 imm: 5
	 886: AddReg dst: r0 src: r6
	 887: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	 888: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	 889: StXMemW dst: r0 src: r2 off: 520 imm: 0
	 890: StXMemW dst: r0 src: r3 off: 524 imm: 0
	 891: StXMemW dst: r0 src: r4 off: 528 imm: 0
	 892: StMemW dst: r0 src: r0 off: 532 imm: 0
	 893: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_42:
	 894: Ja off: -1 <ret0>
s_swiss_groups:
	 895: MovReg dst: r8 src: r1
	 896: LdXMemW dst: r1 src: r6 off: 52 imm: 0
	 897: StXMemW dst: rfp src: r1 off: -8 imm: 0
	 898: LoadMapPtr dst: r1 fd: 4
	 900: MovReg dst: r2 src: rfp
	 901: AddImm dst: r2 imm: -8
	 902: Call FnMapLookupElem
	 903: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	 904: MovReg dst: r7 src: r0
	 905: LdXMemW dst: r3 src: r7 off: 28 imm: 0
	 906: AddReg dst: r3 src: r9
	 907: AndImm dst: r3 imm: 65535
	 908: AddReg dst: r3 src: r6
	 909: AddImm dst: r3 imm: 49664
	 910: LdXMemDW dst: r3 src: r3 off: 0 imm: 0
	 911: JLEImm dst: r3 off: -1 imm: 65534 <cap_44>
	 912: MovImm dst: r3 imm: 65534
cap_44:
	 913: AddImm dst: r3 imm: 1
	 914: LdXMemW dst: r2 src: r7 off: 32 imm: 0
	 915: JEqImm dst: r2 off: -1 imm: 65535 <groups_counted>
	 916: AddReg dst: r2 src: r9
	 917: AndImm dst: r2 imm: 65535
	 918: AddReg dst: r2 src: r6
	 919: AddImm dst: r2 imm: 49664
	 920: LdXMemH dst: r2 src: r2 off: 0 imm: 0
	 921: JEqImm dst: r2 off: -1 imm: 0 <ret0>
	 922: MovReg dst: r0 src: r3
	 923: MulImm dst: r0 imm: 200
	 924: AddReg dst: r0 src: r2
	 925: SubImm dst: r0 imm: 1
	 926: DivReg dst: r0 src: r2
	 927: JLEReg dst: r3 off: -1 src: r0 <groups_counted>
	 928: MovReg dst: r3 src: r0
groups_counted:
	 929: MovReg dst: r1 src: r8
	 930: AndImm dst: r1 imm: 65535
	 931: AddReg dst: r1 src: r6
	 932: AddImm dst: r1 imm: 49664
	 933: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	 934: LdXMemW dst: r2 src: r7 off: 16 imm: 0
	 935: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	 936: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	 937: JGTImm dst: r4 off: -1 imm: 3 <pushed_45>
	 938: JEqImm dst: r1 off: -1 imm: 0 <pushed_45>
	 939: JEqImm dst: r3 off: -1 imm: 0 <pushed_45>
	 940: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	 941: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	 942: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	 943: NegImm dst: r1 imm: 0
	 944: AddReg dst: r1 src: r0
	 945: JLTImm dst: r1 off: -1 imm: 512 <push_ok_46>
	 946: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	 947: OrImm dst: r1 imm: 1
	 948: StXMemW dst: r6 src: r1 off: 16 imm: 0
	 949: Ja off: -1 <pushed_45>
push_ok_46:
	 950: MovReg dst: r1 src: r0
	 951: AddImm dst: r1 imm: 1
	 952: StXMemW dst: r6 src: r1 off: 24 imm: 0
	 953: AndImm dst: r0 imm: 511
	 954: LShImm dst: r0 imm: 5
	 955: AddReg dst: r0 src: r6
	 956: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	 957: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	 958: StXMemW dst: r0 src: r2 off: 520 imm: 0
	 959: StXMemW dst: r0 src: r3 off: 524 imm: 0
	 960: StXMemW dst: r0 src: r4 off: 528 imm: 0
	 961: StMemW dst: r0 src: r0 off: 532 imm: 0
	 962: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_45:
	 963: Ja off: -1 <ret0>
s_hmap_buckets:
	 964: MovReg dst: r8 src: r1
	 965: LdXMemW dst: r1 src: r6 off: 52 imm: 0
	 966: StXMemW dst: rfp src: r1 off: -8 imm: 0
	 967: LoadMapPtr dst: r1 fd: 4
	 969: MovReg dst: r2 src: rfp
	 970: AddImm dst: r2 imm: -8
	 971: Call FnMapLookupElem
	 972: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	 973: MovReg dst: r7 src: r0
	 974: LdXMemW dst: r0 src: r7 off: 40 imm: 0
	 975: AddReg dst: r0 src: r9
	 976: AndImm dst: r0 imm: 65535
	 977: AddReg dst: r0 src: r6
	 978: AddImm dst: r0 imm: 49664
	 979: LdXMemB dst: r0 src: r0 off: 0 imm: 0
	 980: JLEImm dst: r0 off: -1 imm: 16 <hmap_b>
	 981: MovImm dst: r0 imm: 16
hmap_b:
	 982: StXMemDW dst: rfp src: r0 off: -24 imm: 0
	 983: MovImm dst: r3 imm: 1
	 984: LShReg dst: r3 src: r0
	 985: MovReg dst: r1 src: r8
	 986: AndImm dst: r1 imm: 65535
	 987: AddReg dst: r1 src: r6
	 988: AddImm dst: r1 imm: 49664
	 989: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	 990: LdXMemW dst: r2 src: r7 off: 36 imm: 0
	 991: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	 992: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	 993: JGTImm dst: r4 off: -1 imm: 3 <pushed_47>
	 994: JEqImm dst: r1 off: -1 imm: 0 <pushed_47>
	 995: JEqImm dst: r3 off: -1 imm: 0 <pushed_47>
	 996: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	 997: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	 998: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	 999: NegImm dst: r1 imm: 0
	1000: AddReg dst: r1 src: r0
	1001: JLTImm dst: r1 off: -1 imm: 512 <push_ok_48>
	1002: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1003: OrImm dst: r1 imm: 1
	1004: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1005: Ja off: -1 <pushed_47>
push_ok_48:
	1006: MovReg dst: r1 src: r0
	1007: AddImm dst: r1 imm: 1
	1008: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1009: AndImm dst: r0 imm: 511
	1010: LShImm dst: r0 imm: 5
	1011: AddReg dst: r0 src: r6
	1012: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1013: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1014: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1015: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1016: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1017: StMemW dst: r0 src: r0 off: 532 imm: 0
	1018: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_47:
	1019: LdXMemW dst: r1 src: r7 off: 44 imm: 0
	1020: AddReg dst: r1 src: r9
	1021: AndImm dst: r1 imm: 65535
	1022: AddReg dst: r1 src: r6
	1023: AddImm dst: r1 imm: 49664
	1024: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	1025: LdXMemDW dst: r0 src: rfp off: -24 imm: 0
	1026: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	1027: SubImm dst: r0 imm: 1
	1028: MovImm dst: r3 imm: 1
	1029: LShReg dst: r3 src: r0
	1030: LdXMemW dst: r2 src: r7 off: 36 imm: 0
	1031: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	1032: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	1033: JGTImm dst: r4 off: -1 imm: 3 <pushed_49>
	1034: JEqImm dst: r1 off: -1 imm: 0 <pushed_49>
	1035: JEqImm dst: r3 off: -1 imm: 0 <pushed_49>
	1036: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1037: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1038: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1039: NegImm dst: r1 imm: 0
	1040: AddReg dst: r1 src: r0
	1041: JLTImm dst: r1 off: -1 imm: 512 <push_ok_50>
	1042: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1043: OrImm dst: r1 imm: 1
	1044: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1045: Ja off: -1 <pushed_49>
push_ok_50:
	1046: MovReg dst: r1 src: r0
	1047: AddImm dst: r1 imm: 1
	1048: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1049: AndImm dst: r0 imm: 511
	1050: LShImm dst: r0 imm: 5
	1051: AddReg dst: r0 src: r6
	1052: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1053: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1054: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1055: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1056: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1057: StMemW dst: r0 src: r0 off: 532 imm: 0
	1058: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_49:
	1059: Ja off: -1 <ret0>
s_iface:
	1060: MovReg dst: r9 src: r1
	1061: MovReg dst: r2 src: r1
	1062: AndImm dst: r2 imm: 65535
	1063: AddReg dst: r2 src: r6
	1064: AddImm dst: r2 imm: 49664
	1065: LdXMemDW dst: r2 src: r2 off: 0 imm: 0
	1066: JEqImm dst: r2 off: -1 imm: 0 <ret0>
	1067: StXMemDW dst: rfp src: r2 off: -16 imm: 0
	1068: MovReg dst: r1 src: r6
	1069: MovImm dst: r3 imm: 20
	1070: MovImm dst: r4 imm: 1
	1071: MovImm dst: r5 imm: 0
	1072: Call -1 <read_item>
	1073: JSLTImm dst: r0 off: -1 imm: 0 <itab_reread>
	1074: LdXMemW dst: r1 src: r6 off: 100 imm: 0
	1075: JLTImm dst: r1 off: -1 imm: 16 <ret0>
	1076: MovReg dst: r1 src: r0
	1077: AndImm dst: r1 imm: 65535
	1078: AddReg dst: r1 src: r6
	1079: AddImm dst: r1 imm: 49664
	1080: LdXMemDW dst: r1 src: r1 off: 8 imm: 0
	1081: Ja off: -1 <iface_type>
itab_reread:
	1082: MovReg dst: r1 src: rfp
	1083: AddImm dst: r1 imm: -8
	1084: MovImm dst: r2 imm: 8
	1085: LdXMemDW dst: r3 src: rfp off: -16 imm: 0
	1086: AddImm dst: r3 imm: 8
	1087: Call FnProbeReadUser
	1088: JNEImm dst: r0 off: -1 imm: 0 <ret0>
	1089: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	1090: Ja off: -1 <iface_type>
s_eface:
	1091: MovReg dst: r9 src: r1
	1092: MovReg dst: r2 src: r1
	1093: AndImm dst: r2 imm: 65535
	1094: AddReg dst: r2 src: r6
	1095: AddImm dst: r2 imm: 49664
	1096: LdXMemDW dst: r1 src: r2 off: 0 imm: 0
iface_type:
	1097: JEqImm dst: r1 off: -1 imm: 0 <ret0>
	1098: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	1099: LoadMapPtr dst: r1 fd: 5
	1101: MovReg dst: r2 src: rfp
	1102: AddImm dst: r2 imm: -8
	1103: Call FnMapLookupElem
	1104: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	1105: LdXMemW dst: r2 src: r0 off: 0 imm: 0
	1106: LdXMemW dst: r0 src: r0 off: 4 imm: 0
	1107: MovImm dst: r3 imm: 1
	1108: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	1109: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	1110: JSetImm dst: r0 off: -1 imm: 1 <iface_direct>
	1111: MovReg dst: r1 src: r9
	1112: AndImm dst: r1 imm: 65535
	1113: AddReg dst: r1 src: r6
	1114: AddImm dst: r1 imm: 49664
	1115: LdXMemDW dst: r1 src: r1 off: 8 imm: 0
	1116: AddImm dst: r4 imm: 1
	1117: JGTImm dst: r4 off: -1 imm: 3 <pushed_51>
	1118: JEqImm dst: r1 off: -1 imm: 0 <pushed_51>
	1119: JEqImm dst: r3 off: -1 imm: 0 <pushed_51>
	1120: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1121: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1122: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1123: NegImm dst: r1 imm: 0
	1124: AddReg dst: r1 src: r0
	1125: JLTImm dst: r1 off: -1 imm: 512 <push_ok_52>
	1126: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1127: OrImm dst: r1 imm: 1
	1128: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1129: Ja off: -1 <pushed_51>
push_ok_52:
	1130: MovReg dst: r1 src: r0
	1131: AddImm dst: r1 imm: 1
	1132: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1133: AndImm dst: r0 imm: 511
	1134: LShImm dst: r0 imm: 5
	1135: AddReg dst: r0 src: r6
	1136: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1137: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1138: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1139: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1140: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1141: StMemW dst: r0 src: r0 off: 532 imm: 0
	1142: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_51:
	1143: Ja off: -1 <ret0>
iface_direct:
	1144: MovReg dst: r1 src: r9
	1145: AddImm dst: r1 imm: 8
	1146: JEqImm dst: r3 off: -1 imm: 0 <pushed_53>
	1147: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1148: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1149: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1150: NegImm dst: r1 imm: 0
	1151: AddReg dst: r1 src: r0
	1152: JLTImm dst: r1 off: -1 imm: 512 <push_ok_54>
	1153: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1154: OrImm dst: r1 imm: 1
	1155: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1156: Ja off: -1 <pushed_53>
push_ok_54:
	1157: MovReg dst: r1 src: r0
	1158: AddImm dst: r1 imm: 1
	1159: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1160: AndImm dst: r0 imm: 511
	1161: LShImm dst: r0 imm: 5
	1162: AddReg dst: r0 src: r6
	1163: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1164: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1165: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1166: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1167: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1168: StMemW dst: r0 src: r0 off: 532 imm: 1
	1169: StXMemW dst: r0 src: r5 off: 536 imm: 0
	1170: LdXMemW dst: r1 src: r6 off: 108 imm: 0
	1171: StXMemW dst: r0 src: r1 off: 540 imm: 0
pushed_53:
	1172: Ja off: -1 <ret0>
scan_end:
	1173: StMemW dst: r6 src: r0 off: 28 imm: 0
	1174: Ja off: -1 <ret0>
pop:
	1175: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1176: LdXMemW dst: r2 src: r6 off: 24 imm: 0
	1177: JNEReg dst: r1 off: -1 src: r2 <have_task>
	1178: MovImm dst: r0 imm: 1
	1179: Exit
have_task:
	1180: MovReg dst: r2 src: r1
	1181: AddImm dst: r2 imm: 1
	1182: StXMemW dst: r6 src: r2 off: 20 imm: 0
	1183: MovReg dst: r8 src: r1
	1184: AndImm dst: r8 imm: 511
	1185: LShImm dst: r8 imm: 5
	1186: AddReg dst: r8 src: r6
	1187: AddImm dst: r8 imm: 512
	1188: LdXMemW dst: r1 src: r8 off: 8 imm: 0
	1189: StXMemW dst: rfp src: r1 off: -8 imm: 0
	1190: LoadMapPtr dst: r1 fd: 4
	1192: MovReg dst: r2 src: rfp
	1193: AddImm dst: r2 imm: -8
	1194: Call FnMapLookupElem
	1195: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	1196: MovReg dst: r7 src: r0
	1197: LdXMemW dst: r1 src: r8 off: 20 imm: 0
	1198: JEqImm dst: r1 off: -1 imm: 0 <read>
	1199: LdXMemW dst: r2 src: r8 off: 28 imm: 0
	1200: LdXMemDW dst: r1 src: r8 off: 0 imm: 0
	1201: Ja off: -1 <start_scan>
read:
	1202: MovReg dst: r1 src: r6
	1203: LdXMemDW dst: r2 src: r8 off: 0 imm: 0
	1204: LdXMemW dst: r3 src: r8 off: 8 imm: 0
	1205: LdXMemW dst: r4 src: r8 off: 12 imm: 0
	1206: MovImm dst: r5 imm: 1
	1207: Call -1 <read_item>
	1208: JSLTImm dst: r0 off: -1 imm: 0 <ret0>
	1209: LdXMemW dst: r1 src: r6 off: 84 imm: 0
	1210: StXMemW dst: r8 src: r1 off: 12 imm: 0
	1211: LdXMemW dst: r2 src: r6 off: 100 imm: 0
	1212: AddReg dst: r2 src: r0
	1213: MovReg dst: r1 src: r0
start_scan:
	1214: StXMemW dst: r6 src: r2 off: 108 imm: 0
	1215: LdXMemW dst: r2 src: r7 off: 4 imm: 0
	1216: JEqImm dst: r2 off: -1 imm: 0 <ret0>
	1217: StXMemW dst: r6 src: r1 off: 32 imm: 0
	1218: LdXMemW dst: r2 src: r8 off: 8 imm: 0
	1219: StXMemW dst: r6 src: r2 off: 36 imm: 0
	1220: LdXMemW dst: r2 src: r8 off: 12 imm: 0
	1221: StXMemW dst: r6 src: r2 off: 40 imm: 0
	1222: LdXMemW dst: r2 src: r8 off: 16 imm: 0
	1223: StXMemW dst: r6 src: r2 off: 48 imm: 0
	1224: LdXMemW dst: r2 src: r8 off: 24 imm: 0
	1225: StXMemW dst: r6 src: r2 off: 52 imm: 0
	1226: StMemW dst: r6 src: r0 off: 44 imm: 0
	1227: StMemW dst: r6 src: r0 off: 28 imm: 1
	1228: Ja off: -1 <scan>
ret0:
	1229: MovImm dst: r0 imm: 0
	1230: Exit
read_item:
	1231: MovReg dst: r6 src: r1
	1232: MovReg dst: r9 src: r2
	1233: StXMemDW dst: rfp src: r5 off: -16 imm: 0
	1234: JEqImm dst: r9 off: -1 imm: 0 <ri_none>
	1235: JEqImm dst: r4 off: -1 imm: 0 <ri_none>
	1236: StXMemW dst: r6 src: r3 off: 88 imm: 0
	1237: StXMemW dst: r6 src: r4 off: 92 imm: 0
	1238: StXMemW dst: rfp src: r3 off: -8 imm: 0
	1239: LoadMapPtr dst: r1 fd: 4
	1241: MovReg dst: r2 src: rfp
	1242: AddImm dst: r2 imm: -8
	1243: Call FnMapLookupElem
	1244: JEqImm dst: r0 off: -1 imm: 0 <ri_none>
	1245: MovReg dst: r7 src: r0
	1246: LdXMemW dst: r1 src: r7 off: 0 imm: 0
	1247: JEqImm dst: r1 off: -1 imm: 0 <ri_none>
	1248: LdXMemW dst: r2 src: r6 off: 92 imm: 0
	1249: MulReg dst: r1 src: r2
	1250: JLEImm dst: r1 off: -1 imm: 65535 <ri_asked>
	1251: MovImm dst: r1 imm: 65535
ri_asked:
	1252: StXMemW dst: r6 src: r1 off: 104 imm: 0
	1253: LdXMemW dst: r2 src: r6 off: 88 imm: 0
	1254: MovReg dst: r3 src: r2
	1255: LShImm dst: r3 imm: 40
	1256: MovReg dst: r1 src: r9
	1257: XorReg dst: r1 src: r3
	1258: LdImmDW dst: r3 imm: -7046029254386353131
	1260: MulReg dst: r1 src: r3
	1261: RShImm dst: r1 imm: 54
	1262: LdXMemW dst: r0 src: r6 off: 4 imm: 0
	1263: LdXMemW dst: r3 src: r6 off: 104 imm: 0
	1264: MovReg dst: r4 src: r1
	1265: AddImm dst: r4 imm: 0
	1266: AndImm dst: r4 imm: 1023
	1267: LShImm dst: r4 imm: 5
	1268: AddReg dst: r4 src: r6
	1269: AddImm dst: r4 imm: 16896
	1270: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	1271: JNEReg dst: r5 off: -1 src: r0 <dedup_insert>
	1272: LdXMemDW dst: r5 src: r4 off: 0 imm: 0
	1273: JNEReg dst: r5 off: -1 src: r9 <dedup_next_55>
	1274: LdXMemW dst: r5 src: r4 off: 8 imm: 0
	1275: JNEReg dst: r5 off: -1 src: r2 <dedup_next_55>
	1276: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	1277: JGEReg dst: r5 off: -1 src: r3 <ri_none>
	1278: Ja off: -1 <dedup_insert>
dedup_next_55:
	1279: MovReg dst: r4 src: r1
	1280: AddImm dst: r4 imm: 1
	1281: AndImm dst: r4 imm: 1023
	1282: LShImm dst: r4 imm: 5
	1283: AddReg dst: r4 src: r6
	1284: AddImm dst: r4 imm: 16896
	1285: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	1286: JNEReg dst: r5 off: -1 src: r0 <dedup_insert>
	1287: LdXMemDW dst: r5 src: r4 off: 0 imm: 0
	1288: JNEReg dst: r5 off: -1 src: r9 <dedup_next_56>
	1289: LdXMemW dst: r5 src: r4 off: 8 imm: 0
	1290: JNEReg dst: r5 off: -1 src: r2 <dedup_next_56>
	1291: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	1292: JGEReg dst: r5 off: -1 src: r3 <ri_none>
	1293: Ja off: -1 <dedup_insert>
dedup_next_56:
	1294: MovReg dst: r4 src: r1
	1295: AddImm dst: r4 imm: 2
	1296: AndImm dst: r4 imm: 1023
	1297: LShImm dst: r4 imm: 5
	1298: AddReg dst: r4 src: r6
	1299: AddImm dst: r4 imm: 16896
	1300: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	1301: JNEReg dst: r5 off: -1 src: r0 <dedup_insert>
	1302: LdXMemDW dst: r5 src: r4 off: 0 imm: 0
	1303: JNEReg dst: r5 off: -1 src: r9 <dedup_next_57>
	1304: LdXMemW dst: r5 src: r4 off: 8 imm: 0
	1305: JNEReg dst: r5 off: -1 src: r2 <dedup_next_57>
	1306: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	1307: JGEReg dst: r5 off: -1 src: r3 <ri_none>
	1308: Ja off: -1 <dedup_insert>
dedup_next_57:
	1309: MovReg dst: r4 src: r1
	1310: AddImm dst: r4 imm: 3
	1311: AndImm dst: r4 imm: 1023
	1312: LShImm dst: r4 imm: 5
	1313: AddReg dst: r4 src: r6
	1314: AddImm dst: r4 imm: 16896
	1315: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	1316: JNEReg dst: r5 off: -1 src: r0 <dedup_insert>
	1317: LdXMemDW dst: r5 src: r4 off: 0 imm: 0
	1318: JNEReg dst: r5 off: -1 src: r9 <dedup_next_58>
	1319: LdXMemW dst: r5 src: r4 off: 8 imm: 0
	1320: JNEReg dst: r5 off: -1 src: r2 <dedup_next_58>
	1321: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	1322: JGEReg dst: r5 off: -1 src: r3 <ri_none>
	1323: Ja off: -1 <dedup_insert>
dedup_next_58:
	1324: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1325: OrImm dst: r1 imm: 1
	1326: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1327: Ja off: -1 <ri_none>
dedup_insert:
	1328: StXMemDW dst: r4 src: r9 off: 0 imm: 0
	1329: StXMemW dst: r4 src: r2 off: 8 imm: 0
	1330: StXMemW dst: r4 src: r0 off: 12 imm: 0
	1331: StXMemW dst: r4 src: r3 off: 16 imm: 0
	1332: MovImm dst: r1 imm: 4200
	1333: LdXMemW dst: r2 src: r6 off: 80 imm: 0
	1334: SubReg dst: r1 src: r2
	1335: LdXMemW dst: r3 src: r6 off: 104 imm: 0
	1336: JSGTReg dst: r3 off: -1 src: r1 <ri_cut>
	1337: LdXMemW dst: r2 src: r6 off: 92 imm: 0
	1338: StXMemW dst: r6 src: r2 off: 84 imm: 0
	1339: Ja off: -1 <ri_prefix>
ri_cut:
	1340: LdXMemW dst: r2 src: r7 off: 0 imm: 0
	1341: JSGEReg dst: r1 off: -1 src: r2 <ri_room>
	1342: AndImm dst: r1 imm: -8
	1343: JSLEImm dst: r1 off: -1 imm: 0 <ri_no_room>
	1344: MovReg dst: r3 src: r1
	1345: StMemW dst: r6 src: r0 off: 84 imm: 1
	1346: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1347: OrImm dst: r1 imm: 1
	1348: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1349: Ja off: -1 <ri_prefix>
ri_no_room:
	1350: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1351: OrImm dst: r1 imm: 1
	1352: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1353: Ja off: -1 <ri_none>
ri_room:
	1354: DivReg dst: r1 src: r2
	1355: LdXMemW dst: r3 src: r6 off: 92 imm: 0
	1356: JLEReg dst: r3 off: -1 src: r1 <ri_fits>
	1357: MovReg dst: r3 src: r1
	1358: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1359: OrImm dst: r1 imm: 1
	1360: StXMemW dst: r6 src: r1 off: 16 imm: 0
ri_fits:
	1361: StXMemW dst: r6 src: r3 off: 84 imm: 0
	1362: MulReg dst: r3 src: r2
ri_prefix:
	1363: AndImm dst: r3 imm: 65535
	1364: StXMemW dst: r6 src: r3 off: 100 imm: 0
	1365: LdXMemW dst: r1 src: r6 off: 8 imm: 0
	1366: StXMemW dst: r6 src: r1 off: 96 imm: 0
	1367: AndImm dst: r1 imm: 65535
	1368: AddReg dst: r1 src: r6
	1369: AddImm dst: r1 imm: 49664
	1370: LdXMemW dst: r2 src: r6 off: 88 imm: 0
	1371: StXMemW dst: r1 src: r2 off: 0 imm: 0
	1372: StMemW dst: r1 src: r0 off: 4 imm: 0
	1373: StXMemDW dst: r1 src: r9 off: 8 imm: 0
	1374: StXMemW dst: r1 src: r3 off: 16 imm: 0
	1375: MovReg dst: r2 src: r3
	1376: AddImm dst: r2 imm: 7
	1377: AndImm dst: r2 imm: -8
	1378: StXMemW dst: r1 src: r2 off: 20 imm: 0
	1379: LdXMemW dst: r2 src: r6 off: 12 imm: 0
	1380: AddImm dst: r2 imm: 1
	1381: StXMemW dst: r6 src: r2 off: 12 imm: 0
	1382: AddImm dst: r1 imm: 24
	1383: MovReg dst: r2 src: r3
	1384: MovReg dst: r3 src: r9
	1385: Call FnProbeReadUser
	1386: JEqImm dst: r0 off: -1 imm: 0 <ri_read>
	1387: LdXMemW dst: r1 src: r6 off: 96 imm: 0
	1388: AndImm dst: r1 imm: 65535
	1389: AddReg dst: r1 src: r6
	1390: AddImm dst: r1 imm: 49664
	1391: StMemW dst: r1 src: r0 off: 4 imm: 1
	1392: StMemW dst: r1 src: r0 off: 16 imm: 0
	1393: StMemW dst: r1 src: r0 off: 20 imm: 0
	1394: MovImm dst: r2 imm: 0
	1395: Ja off: -1 <ri_advance>
ri_read:
	1396: LdXMemW dst: r2 src: r6 off: 100 imm: 0
	1397: AddImm dst: r2 imm: 7
	1398: AndImm dst: r2 imm: -8
ri_advance:
	1399: LdXMemW dst: r1 src: r6 off: 96 imm: 0
	1400: AddImm dst: r1 imm: 24
	1401: MovReg dst: r0 src: r1
	1402: AddReg dst: r1 src: r2
	1403: StXMemW dst: r6 src: r1 off: 8 imm: 0
	1404: LdXMemW dst: r1 src: r6 off: 80 imm: 0
	1405: AddImm dst: r1 imm: 24
	1406: StXMemW dst: r6 src: r1 off: 80 imm: 0
	1407: LdXMemW dst: r1 src: r6 off: 80 imm: 0
	1408: AddReg dst: r1 src: r2
	1409: StXMemW dst: r6 src: r1 off: 80 imm: 0
	1410: JEqImm dst: r2 off: -1 imm: 0 <ri_none>
	1411: Exit
ri_static:
	1412: LdXMemW dst: r1 src: r6 off: 96 imm: 0
	1413: AndImm dst: r1 imm: 65535
	1414: AddReg dst: r1 src: r6
	1415: AddImm dst: r1 imm: 49664
	1416: StMemW dst: r1 src: r0 off: 4 imm: 128
	1417: StMemW dst: r1 src: r0 off: 20 imm: 0
	1418: LdXMemW dst: r1 src: r6 off: 96 imm: 0
	1419: AddImm dst: r1 imm: 24
	1420: StXMemW dst: r6 src: r1 off: 8 imm: 0
	1421: LdXMemW dst: r1 src: r6 off: 80 imm: 0
	1422: LdXMemW dst: r2 src: r6 off: 100 imm: 0
	1423: AddImm dst: r2 imm: 31
	1424: AndImm dst: r2 imm: -8
	1425: AddReg dst: r1 src: r2
	1426: StXMemW dst: r6 src: r1 off: 80 imm: 0
ri_none:
	1427: MovImm dst: r0 imm: -1
	1428: Exit
