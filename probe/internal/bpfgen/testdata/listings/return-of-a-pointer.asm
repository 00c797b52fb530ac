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
	  24: StMemW dst: r8 src: r0 off: 24 imm: 1
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
	 531: StMemDW dst: r8 src: r0 off: 512 imm: 192
	 532: StMemW dst: r8 src: r0 off: 520 imm: 7
	 533: StMemW dst: r8 src: r0 off: 524 imm: 1
	 534: StMemW dst: r8 src: r0 off: 528 imm: 0
	 535: StMemW dst: r8 src: r0 off: 532 imm: 1
	 536: StMemW dst: r8 src: r0 off: 536 imm: 0
	 537: StMemW dst: r8 src: r0 off: 540 imm: 200
	 538: StXMemDW dst: rfp src: r8 off: -48 imm: 0
	 539: MovImm dst: r1 imm: 16384
	 540: LdImmDW dst: r2 imm: -1 <step>
	 542: MovReg dst: r3 src: rfp
	 543: AddImm dst: r3 imm: -48
	 544: MovImm dst: r4 imm: 0
	 545: Call FnLoop
	 546: LdXMemW dst: r1 src: r8 off: 28 imm: 0
	 547: JNEImm dst: r1 off: -1 imm: 0 <steps_out>
	 548: LdXMemW dst: r1 src: r8 off: 20 imm: 0
	 549: LdXMemW dst: r2 src: r8 off: 24 imm: 0
	 550: JEqReg dst: r1 off: -1 src: r2 <emit>
steps_out:
	 551: LdXMemW dst: r1 src: r8 off: 16 imm: 0
	 552: OrImm dst: r1 imm: 1
	 553: StXMemW dst: r8 src: r1 off: 16 imm: 0
emit:
	 554: LdXMemW dst: r3 src: r8 off: 8 imm: 0
	 555: StXMemW dst: r7 src: r3 off: 0 imm: 0
	 556: LdXMemW dst: r1 src: r8 off: 12 imm: 0
	 557: StXMemH dst: r7 src: r1 off: 12 imm: 0
	 558: LdXMemW dst: r1 src: r8 off: 16 imm: 0
	 559: StXMemB dst: r7 src: r1 off: 9 imm: 0
	 560: LdXMemW dst: r1 src: r8 off: 4 imm: 0
	 561: MovImm dst: r4 imm: 1
	 562: AndImm dst: r1 imm: 15
	 563: JNEImm dst: r1 off: -1 imm: 0 <wake_chosen>
	 564: LoadMapPtr dst: r1 fd: 7
	 566: MovImm dst: r2 imm: 0
	 567: Call FnRingbufQuery
	 568: MovImm dst: r4 imm: 1
	 569: JLTImm dst: r0 off: -1 imm: 8388608 <wake_chosen>
	 570: MovImm dst: r4 imm: 2
wake_chosen:
	 571: LoadMapPtr dst: r1 fd: 7
	 573: MovReg dst: r2 src: r7
	 574: LdXMemW dst: r3 src: r8 off: 8 imm: 0
	 575: AndImm dst: r3 imm: 65535
	 576: Call FnRingbufOutput
	 577: StMemW dst: r8 src: r0 off: 0 imm: 0
	 578: JEqImm dst: r0 off: -1 imm: 0 <exit>
drop_unowned:
	 579: MovImm dst: r1 imm: 2
	 580: StXMemW dst: rfp src: r1 off: -8 imm: 0
	 581: LoadMapPtr dst: r1 fd: 8
	 583: MovReg dst: r2 src: rfp
	 584: AddImm dst: r2 imm: -8
	 585: Call FnMapLookupElem
	 586: JEqImm dst: r0 off: -1 imm: 0 <exit>
	 587: MovImm dst: r1 imm: 1
	 588: StXAtomicAddDW dst: r0 src: r1 off: 0
exit:
	 589: MovImm dst: r0 imm: 0
	 590: Exit
step:
	 591: LdXMemDW dst: r6 src: r2 off: 0 imm: 0
	 592: LdXMemW dst: r1 src: r6 off: 28 imm: 0
	 593: JEqImm dst: r1 off: -1 imm: 0 <pop>
scan:
	 594: LdXMemW dst: r1 src: r6 off: 36 imm: 0
	 595: StXMemW dst: rfp src: r1 off: -8 imm: 0
	 596: LoadMapPtr dst: r1 fd: 4
	 598: MovReg dst: r2 src: rfp
	 599: AddImm dst: r2 imm: -8
	 600: Call FnMapLookupElem
	 601: JEqImm dst: r0 off: -1 imm: 0 <scan_end>
	 602: MovReg dst: r7 src: r0
	 603: MovImm dst: r5 imm: 0
scan_next:
	 604: LdXMemW dst: r1 src: r6 off: 44 imm: 0
	 605: LdXMemW dst: r2 src: r7 off: 4 imm: 0
	 606: JGEReg dst: r1 off: -1 src: r2 <scan_end>
	 607: MovReg dst: r8 src: r1
	 608: AndImm dst: r8 imm: 63
	 609: LShImm dst: r8 imm: 4
	 610: AddReg dst: r8 src: r7
	 611: LdXMemW dst: r9 src: r6 off: 32 imm: 0
	 612: AndImm dst: r9 imm: 65535
	 613: AddImm dst: r1 imm: 1
	 614: JGEReg dst: r1 off: -1 src: r2 <last_slot>
	 615: StXMemW dst: r6 src: r1 off: 44 imm: 0
	 616: Ja off: -1 <slot_ready>
last_slot:
	 617: StMemW dst: r6 src: r0 off: 44 imm: 0
	 618: LdXMemW dst: r1 src: r6 off: 40 imm: 0
	 619: SubImm dst: r1 imm: 1
	 620: StXMemW dst: r6 src: r1 off: 40 imm: 0
	 621: LdXMemW dst: r2 src: r7 off: 0 imm: 0
	 622: AddReg dst: r2 src: r9
	 623: StXMemW dst: r6 src: r2 off: 32 imm: 0
	 624: JNEImm dst: r1 off: -1 imm: 0 <slot_ready>
	 625: StMemW dst: r6 src: r0 off: 28 imm: 0
slot_ready:
	 626: LdXMemB dst: r1 src: r8 off: 53 imm: 0
	 627: JEqImm dst: r1 off: -1 imm: 0 <cond_ok>
	 628: LdXMemW dst: r2 src: r7 off: 8 imm: 0
	 629: LdXMemB dst: r3 src: r8 off: 54 imm: 0
	 630: AddReg dst: r2 src: r3
	 631: AddReg dst: r2 src: r9
	 632: AndImm dst: r2 imm: 65535
	 633: AddReg dst: r2 src: r6
	 634: AddImm dst: r2 imm: 49664
	 635: LdXMemB dst: r2 src: r2 off: 0 imm: 0
	 636: JEqImm dst: r1 off: -1 imm: 2 <cond_tophash>
	 637: AndImm dst: r2 imm: 128
	 638: JNEImm dst: r2 off: -1 imm: 0 <pass_over>
	 639: Ja off: -1 <cond_ok>
cond_tophash:
	 640: JLTImm dst: r2 off: -1 imm: 5 <pass_over>
cond_ok:
	 641: LdXMemW dst: r1 src: r8 off: 48 imm: 0
	 642: AddReg dst: r1 src: r9
	 643: AndImm dst: r1 imm: 65535
	 644: LdXMemB dst: r3 src: r8 off: 52 imm: 0
	 645: MovReg dst: r2 src: r3
	 646: SubImm dst: r2 imm: 2
	 647: JGTImm dst: r2 off: -1 imm: 3 <one_word>
	 648: MovReg dst: r2 src: r1
	 649: AddImm dst: r2 imm: 16
	 650: Ja off: -1 <slot_width>
one_word:
	 651: MovReg dst: r2 src: r1
	 652: AddImm dst: r2 imm: 8
slot_width:
	 653: LdXMemW dst: r4 src: r6 off: 108 imm: 0
	 654: JGTReg dst: r2 off: -1 src: r4 <pass_over>
	 655: JEqImm dst: r3 off: -1 imm: 7 <s_inline>
	 656: MovReg dst: r2 src: r1
	 657: AndImm dst: r2 imm: 65535
	 658: AddReg dst: r2 src: r6
	 659: AddImm dst: r2 imm: 49664
	 660: LdXMemDW dst: r2 src: r2 off: 0 imm: 0
	 661: JNEImm dst: r2 off: -1 imm: 0 <slot_dispatch>
pass_over:
	 662: LdXMemW dst: r1 src: r6 off: 28 imm: 0
	 663: JEqImm dst: r1 off: -1 imm: 0 <ret0>
	 664: AddImm dst: r5 imm: 1
	 665: JLTImm dst: r5 off: -1 imm: 32 <scan_next>
	 666: Ja off: -1 <ret0>
slot_dispatch:
	 667: JEqImm dst: r3 off: -1 imm: 1 <s_pointer>
	 668: JEqImm dst: r3 off: -1 imm: 6 <s_map>
	 669: JEqImm dst: r3 off: -1 imm: 2 <s_string>
	 670: JEqImm dst: r3 off: -1 imm: 3 <s_slice>
	 671: JEqImm dst: r3 off: -1 imm: 7 <s_inline>
	 672: JEqImm dst: r3 off: -1 imm: 8 <s_swiss_dir>
	 673: JEqImm dst: r3 off: -1 imm: 9 <s_swiss_groups>
	 674: JEqImm dst: r3 off: -1 imm: 10 <s_hmap_buckets>
	 675: JEqImm dst: r3 off: -1 imm: 5 <s_iface>
	 676: JEqImm dst: r3 off: -1 imm: 4 <s_eface>
	 677: Ja off: -1 <ret0>
s_pointer:
	 678: Ja off: -1 <s_map>
s_map:
	 679: MovReg dst: r2 src: r1
	 680: AndImm dst: r2 imm: 65535
	 681: AddReg dst: r2 src: r6
	 682: AddImm dst: r2 imm: 49664
	 683: LdXMemDW dst: r1 src: r2 off: 0 imm: 0
	 684: LdXMemW dst: r2 src: r8 off: 56 imm: 0
	 685: MovImm dst: r3 imm: 1
	 686: LdXMemB dst: r0 src: r8 off: 52 imm: 0
	 687: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	 688: JNEImm dst: r0 off: -1 imm: 6 <ptr_aux>
	 689: LdXMemW dst: r5 src: r8 off: 60 imm: 0
ptr_aux:
	 690: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	 691: LdXMemB dst: r0 src: r8 off: 55 imm: 0
	 692: AddReg dst: r4 src: r0
	 693: JGTImm dst: r4 off: -1 imm: 3 <pushed_31>
	 694: JEqImm dst: r1 off: -1 imm: 0 <pushed_31>
	 695: JEqImm dst: r3 off: -1 imm: 0 <pushed_31>
	 696: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	 697: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	 698: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	 699: NegImm dst: r1 imm: 0
	 700: AddReg dst: r1 src: r0
	 701: JLTImm dst: r1 off: -1 imm: 512 <push_ok_32>
	 702: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	 703: OrImm dst: r1 imm: 1
	 704: StXMemW dst: r6 src: r1 off: 16 imm: 0
	 705: Ja off: -1 <pushed_31>
push_ok_32:
	 706: MovReg dst: r1 src: r0
	 707: AddImm dst: r1 imm: 1
	 708: StXMemW dst: r6 src: r1 off: 24 imm: 0
	 709: AndImm dst: r0 imm: 511
	 710: LShImm dst: r0 imm: 5
	 711: AddReg dst: r0 src: r6
	 712: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	 713: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	 714: StXMemW dst: r0 src: r2 off: 520 imm: 0
	 715: StXMemW dst: r0 src: r3 off: 524 imm: 0
	 716: StXMemW dst: r0 src: r4 off: 528 imm: 0
	 717: StMemW dst: r0 src: r0 off: 532 imm: 0
	 718: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_31:
	 719: Ja off: -1 <ret0>
s_string:
	 720: MovReg dst: r3 src: r1
	 721: AndImm dst: r3 imm: 65535
	 722: AddReg dst: r3 src: r6
	 723: AddImm dst: r3 imm: 49664
	 724: LdXMemDW dst: r2 src: r3 off: 0 imm: 0
	 725: LdXMemDW dst: r4 src: r3 off: 8 imm: 0
	 726: JLEImm dst: r4 off: -1 imm: 255 <str_capped>
	 727: MovImm dst: r4 imm: 255
str_capped:
	 728: MovReg dst: r1 src: r6
	 729: MovImm dst: r3 imm: 2
	 730: MovImm dst: r5 imm: 1
	 731: Call -1 <read_item>
	 732: Ja off: -1 <ret0>
s_slice:
	 733: MovReg dst: r2 src: r1
	 734: AndImm dst: r2 imm: 65535
	 735: AddReg dst: r2 src: r6
	 736: AddImm dst: r2 imm: 49664
	 737: LdXMemDW dst: r1 src: r2 off: 0 imm: 0
	 738: LdXMemDW dst: r3 src: r2 off: 8 imm: 0
	 739: JLEImm dst: r3 off: -1 imm: 100 <cap_33>
	 740: MovImm dst: r3 imm: 100
cap_33:
	 741: LdXMemW dst: r2 src: r8 off: 56 imm: 0
	 742: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	 743: LdXMemB dst: r0 src: r8 off: 55 imm: 0
	 744: AddReg dst: r4 src: r0
	 745: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	 746: JGTImm dst: r4 off: -1 imm: 3 <pushed_34>
	 747: JEqImm dst: r1 off: -1 imm: 0 <pushed_34>
	 748: JEqImm dst: r3 off: -1 imm: 0 <pushed_34>
	 749: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	 750: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	 751: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	 752: NegImm dst: r1 imm: 0
	 753: AddReg dst: r1 src: r0
	 754: JLTImm dst: r1 off: -1 imm: 512 <push_ok_35>
	 755: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	 756: OrImm dst: r1 imm: 1
	 757: StXMemW dst: r6 src: r1 off: 16 imm: 0
	 758: Ja off: -1 <pushed_34>
push_ok_35:
	 759: MovReg dst: r1 src: r0
	 760: AddImm dst: r1 imm: 1
	 761: StXMemW dst: r6 src: r1 off: 24 imm: 0
	 762: AndImm dst: r0 imm: 511
	 763: LShImm dst: r0 imm: 5
	 764: AddReg dst: r0 src: r6
	 765: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	 766: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	 767: StXMemW dst: r0 src: r2 off: 520 imm: 0
	 768: StXMemW dst: r0 src: r3 off: 524 imm: 0
	 769: StXMemW dst: r0 src: r4 off: 528 imm: 0
	 770: StMemW dst: r0 src: r0 off: 532 imm: 0
	 771: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_34:
	 772: Ja off: -1 <ret0>
s_inline:
	 773: LdXMemW dst: r2 src: r8 off: 56 imm: 0
	 774: LdXMemW dst: r3 src: r8 off: 60 imm: 0
	 775: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	 776: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	 777: JEqImm dst: r3 off: -1 imm: 0 <pushed_36>
	 778: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	 779: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	 780: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	 781: NegImm dst: r1 imm: 0
	 782: AddReg dst: r1 src: r0
	 783: JLTImm dst: r1 off: -1 imm: 512 <push_ok_37>
	 784: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	 785: OrImm dst: r1 imm: 1
	 786: StXMemW dst: r6 src: r1 off: 16 imm: 0
	 787: Ja off: -1 <pushed_36>
push_ok_37:
	 788: MovReg dst: r1 src: r0
	 789: AddImm dst: r1 imm: 1
	 790: StXMemW dst: r6 src: r1 off: 24 imm: 0
	 791: AndImm dst: r0 imm: 511
	 792: LShImm dst: r0 imm: 5
	 793: AddReg dst: r0 src: r6
	 794: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	 795: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	 796: StXMemW dst: r0 src: r2 off: 520 imm: 0
	 797: StXMemW dst: r0 src: r3 off: 524 imm: 0
	 798: StXMemW dst: r0 src: r4 off: 528 imm: 0
	 799: StMemW dst: r0 src: r0 off: 532 imm: 1
	 800: StXMemW dst: r0 src: r5 off: 536 imm: 0
	 801: LdXMemW dst: r1 src: r6 off: 108 imm: 0
	 802: StXMemW dst: r0 src: r1 off: 540 imm: 0
pushed_36:
	 803: Ja off: -1 <ret0>
s_swiss_dir:
	 804: MovReg dst: r8 src: r1
	 805: LdXMemW dst: r1 src: r6 off: 52 imm: 0
	 806: StXMemW dst: rfp src: r1 off: -8 imm: 0
	 807: LoadMapPtr dst: r1 fd: 4
	 809: MovReg dst: r2 src: rfp
	 810: AddImm dst: r2 imm: -8
	 811: Call FnMapLookupElem
	 812: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	 813: MovReg dst: r7 src: r0
	 814: LdXMemW dst: r3 src: r7 off: 24 imm: 0
	 815: AddReg dst: r3 src: r9
	 816: AndImm dst: r3 imm: 65535
	 817: AddReg dst: r3 src: r6
	 818: AddImm dst: r3 imm: 49664
	 819: LdXMemDW dst: r3 src: r3 off: 0 imm: 0
	 820: MovReg dst: r1 src: r8
	 821: AndImm dst: r1 imm: 65535
	 822: AddReg dst: r1 src: r6
	 823: AddImm dst: r1 imm: 49664
	 824: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	 825: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	 826: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	 827: JNEImm dst: r3 off: -1 imm: 0 <swiss_tables>
	 828: LdXMemW dst: r2 src: r7 off: 16 imm: 0
	 829: MovImm dst: r3 imm: 1
	 830: JGTImm dst: r4 off: -1 imm: 3 <pushed_38>
	 831: JEqImm dst: r1 off: -1 imm: 0 <pushed_38>
	 832: JEqImm dst: r3 off: -1 imm: 0 <pushed_38>
	 833: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	 834: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	 835: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	 836: NegImm dst: r1 imm: 0
	 837: AddReg dst: r1 src: r0
	 838: JLTImm dst: r1 off: -1 imm: 512 <push_ok_39>
	 839: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	 840: OrImm dst: r1 imm: 1
	 841: StXMemW dst: r6 src: r1 off: 16 imm: 0
	 842: Ja off: -1 <pushed_38>
push_ok_39:
	 843: MovReg dst: r1 src: r0
	 844: AddImm dst: r1 imm: 1
	 845: StXMemW dst: r6 src: r1 off: 24 imm: 0
	 846: AndImm dst: r0 imm: 511
	 847: LShImm dst: r0 imm: 5
	 848: AddReg dst: r0 src: r6
	 849: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	 850: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	 851: StXMemW dst: r0 src: r2 off: 520 imm: 0
	 852: StXMemW dst: r0 src: r3 off: 524 imm: 0
	 853: StXMemW dst: r0 src: r4 off: 528 imm: 0
	 854: StMemW dst: r0 src: r0 off: 532 imm: 0
	 855: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_38:
	 856: Ja off: -1 <ret0>
swiss_tables:
	 857: JLEImm dst: r3 off: -1 imm: 65535 <cap_40>
	 858: MovImm dst: r3 imm: 65535
cap_40:
	 859: LdXMemW dst: r2 src: r7 off: 20 imm: 0
	 860: JGTImm dst: r4 off: -1 imm: 3 <pushed_41>
	 861: JEqImm dst: r1 off: -1 imm: 0 <pushed_41>
	 862: JEqImm dst: r3 off: -1 imm: 0 <pushed_41>
	 863: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	 864: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	 865: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	 866: NegImm dst: r1 imm: 0
	 867: AddReg dst: r1 src: r0
	 868: JLTImm dst: r1 off: -1 imm: 512 <push_ok_42>
	 869: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	 870: OrImm dst: r1 imm: 1
	 871: StXMemW dst: r6 src: r1 off: 16 imm: 0
	 872: Ja off: -1 <pushed_41>
push_ok_42:
	 873: MovReg dst: r1 src: r0
	 874: AddImm dst: r1 imm: 1
	 875: StXMemW dst: r6 src: r1 off: 24 imm: 0
	 876: AndImm dst: r0 imm: 511
	 877: LShImm dst: r0 imm: 5
	 878: AddReg dst: r0 src: r6
	 879: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	 880: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	 881: StXMemW dst: r0 src: r2 off: 520 imm: 0
	 882: StXMemW dst: r0 src: r3 off: 524 imm: 0
	 883: StXMemW dst: r0 src: r4 off: 528 imm: 0
	 884: StMemW dst: r0 src: r0 off: 532 imm: 0
	 885: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_41:
	 886: Ja off: -1 <ret0>
s_swiss_groups:
	 887: MovReg dst: r8 src: r1
	 888: LdXMemW dst: r1 src: r6 off: 52 imm: 0
	 889: StXMemW dst: rfp src: r1 off: -8 imm: 0
	 890: LoadMapPtr dst: r1 fd: 4
	 892: MovReg dst: r2 src: rfp
	 893: AddImm dst: r2 imm: -8
	 894: Call FnMapLookupElem
	 895: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	 896: MovReg dst: r7 src: r0
	 897: LdXMemW dst: r3 src: r7 off: 28 imm: 0
	 898: AddReg dst: r3 src: r9
	 899: AndImm dst: r3 imm: 65535
	 900: AddReg dst: r3 src: r6
	 901: AddImm dst: r3 imm: 49664
	 902: LdXMemDW dst: r3 src: r3 off: 0 imm: 0
	 903: JLEImm dst: r3 off: -1 imm: 65534 <cap_43>
	 904: MovImm dst: r3 imm: 65534
cap_43:
	 905: AddImm dst: r3 imm: 1
	 906: LdXMemW dst: r2 src: r7 off: 32 imm: 0
	 907: JEqImm dst: r2 off: -1 imm: 65535 <groups_counted>
	 908: AddReg dst: r2 src: r9
	 909: AndImm dst: r2 imm: 65535
	 910: AddReg dst: r2 src: r6
	 911: AddImm dst: r2 imm: 49664
	 912: LdXMemH dst: r2 src: r2 off: 0 imm: 0
	 913: JEqImm dst: r2 off: -1 imm: 0 <ret0>
	 914: MovReg dst: r0 src: r3
	 915: MulImm dst: r0 imm: 200
	 916: AddReg dst: r0 src: r2
	 917: SubImm dst: r0 imm: 1
	 918: DivReg dst: r0 src: r2
	 919: JLEReg dst: r3 off: -1 src: r0 <groups_counted>
	 920: MovReg dst: r3 src: r0
groups_counted:
	 921: MovReg dst: r1 src: r8
	 922: AndImm dst: r1 imm: 65535
	 923: AddReg dst: r1 src: r6
	 924: AddImm dst: r1 imm: 49664
	 925: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	 926: LdXMemW dst: r2 src: r7 off: 16 imm: 0
	 927: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	 928: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	 929: JGTImm dst: r4 off: -1 imm: 3 <pushed_44>
	 930: JEqImm dst: r1 off: -1 imm: 0 <pushed_44>
	 931: JEqImm dst: r3 off: -1 imm: 0 <pushed_44>
	 932: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	 933: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	 934: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	 935: NegImm dst: r1 imm: 0
	 936: AddReg dst: r1 src: r0
	 937: JLTImm dst: r1 off: -1 imm: 512 <push_ok_45>
	 938: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	 939: OrImm dst: r1 imm: 1
	 940: StXMemW dst: r6 src: r1 off: 16 imm: 0
	 941: Ja off: -1 <pushed_44>
push_ok_45:
	 942: MovReg dst: r1 src: r0
	 943: AddImm dst: r1 imm: 1
	 944: StXMemW dst: r6 src: r1 off: 24 imm: 0
	 945: AndImm dst: r0 imm: 511
	 946: LShImm dst: r0 imm: 5
	 947: AddReg dst: r0 src: r6
	 948: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	 949: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	 950: StXMemW dst: r0 src: r2 off: 520 imm: 0
	 951: StXMemW dst: r0 src: r3 off: 524 imm: 0
	 952: StXMemW dst: r0 src: r4 off: 528 imm: 0
	 953: StMemW dst: r0 src: r0 off: 532 imm: 0
	 954: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_44:
	 955: Ja off: -1 <ret0>
s_hmap_buckets:
	 956: MovReg dst: r8 src: r1
	 957: LdXMemW dst: r1 src: r6 off: 52 imm: 0
	 958: StXMemW dst: rfp src: r1 off: -8 imm: 0
	 959: LoadMapPtr dst: r1 fd: 4
	 961: MovReg dst: r2 src: rfp
	 962: AddImm dst: r2 imm: -8
	 963: Call FnMapLookupElem
	 964: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	 965: MovReg dst: r7 src: r0
	 966: LdXMemW dst: r0 src: r7 off: 40 imm: 0
	 967: AddReg dst: r0 src: r9
	 968: AndImm dst: r0 imm: 65535
	 969: AddReg dst: r0 src: r6
	 970: AddImm dst: r0 imm: 49664
	 971: LdXMemB dst: r0 src: r0 off: 0 imm: 0
	 972: JLEImm dst: r0 off: -1 imm: 16 <hmap_b>
	 973: MovImm dst: r0 imm: 16
hmap_b:
	 974: StXMemDW dst: rfp src: r0 off: -24 imm: 0
	 975: MovImm dst: r3 imm: 1
	 976: LShReg dst: r3 src: r0
	 977: MovReg dst: r1 src: r8
	 978: AndImm dst: r1 imm: 65535
	 979: AddReg dst: r1 src: r6
	 980: AddImm dst: r1 imm: 49664
	 981: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	 982: LdXMemW dst: r2 src: r7 off: 36 imm: 0
	 983: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	 984: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	 985: JGTImm dst: r4 off: -1 imm: 3 <pushed_46>
	 986: JEqImm dst: r1 off: -1 imm: 0 <pushed_46>
	 987: JEqImm dst: r3 off: -1 imm: 0 <pushed_46>
	 988: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	 989: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	 990: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	 991: NegImm dst: r1 imm: 0
	 992: AddReg dst: r1 src: r0
	 993: JLTImm dst: r1 off: -1 imm: 512 <push_ok_47>
	 994: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	 995: OrImm dst: r1 imm: 1
	 996: StXMemW dst: r6 src: r1 off: 16 imm: 0
	 997: Ja off: -1 <pushed_46>
push_ok_47:
	 998: MovReg dst: r1 src: r0
	 999: AddImm dst: r1 imm: 1
	1000: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1001: AndImm dst: r0 imm: 511
	1002: LShImm dst: r0 imm: 5
	1003: AddReg dst: r0 src: r6
	1004: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1005: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1006: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1007: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1008: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1009: StMemW dst: r0 src: r0 off: 532 imm: 0
	1010: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_46:
	1011: LdXMemW dst: r1 src: r7 off: 44 imm: 0
	1012: AddReg dst: r1 src: r9
	1013: AndImm dst: r1 imm: 65535
	1014: AddReg dst: r1 src: r6
	1015: AddImm dst: r1 imm: 49664
	1016: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	1017: LdXMemDW dst: r0 src: rfp off: -24 imm: 0
	1018: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	1019: SubImm dst: r0 imm: 1
	1020: MovImm dst: r3 imm: 1
	1021: LShReg dst: r3 src: r0
	1022: LdXMemW dst: r2 src: r7 off: 36 imm: 0
	1023: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	1024: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	1025: JGTImm dst: r4 off: -1 imm: 3 <pushed_48>
	1026: JEqImm dst: r1 off: -1 imm: 0 <pushed_48>
	1027: JEqImm dst: r3 off: -1 imm: 0 <pushed_48>
	1028: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1029: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1030: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1031: NegImm dst: r1 imm: 0
	1032: AddReg dst: r1 src: r0
	1033: JLTImm dst: r1 off: -1 imm: 512 <push_ok_49>
	1034: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1035: OrImm dst: r1 imm: 1
	1036: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1037: Ja off: -1 <pushed_48>
push_ok_49:
	1038: MovReg dst: r1 src: r0
	1039: AddImm dst: r1 imm: 1
	1040: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1041: AndImm dst: r0 imm: 511
	1042: LShImm dst: r0 imm: 5
	1043: AddReg dst: r0 src: r6
	1044: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1045: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1046: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1047: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1048: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1049: StMemW dst: r0 src: r0 off: 532 imm: 0
	1050: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_48:
	1051: Ja off: -1 <ret0>
s_iface:
	1052: MovReg dst: r9 src: r1
	1053: MovReg dst: r2 src: r1
	1054: AndImm dst: r2 imm: 65535
	1055: AddReg dst: r2 src: r6
	1056: AddImm dst: r2 imm: 49664
	1057: LdXMemDW dst: r2 src: r2 off: 0 imm: 0
	1058: JEqImm dst: r2 off: -1 imm: 0 <ret0>
	1059: StXMemDW dst: rfp src: r2 off: -16 imm: 0
	1060: MovReg dst: r1 src: r6
	1061: MovImm dst: r3 imm: 20
	1062: MovImm dst: r4 imm: 1
	1063: MovImm dst: r5 imm: 0
	1064: Call -1 <read_item>
	1065: JSLTImm dst: r0 off: -1 imm: 0 <itab_reread>
	1066: LdXMemW dst: r1 src: r6 off: 100 imm: 0
	1067: JLTImm dst: r1 off: -1 imm: 16 <ret0>
	1068: MovReg dst: r1 src: r0
	1069: AndImm dst: r1 imm: 65535
	1070: AddReg dst: r1 src: r6
	1071: AddImm dst: r1 imm: 49664
	1072: LdXMemDW dst: r1 src: r1 off: 8 imm: 0
	1073: Ja off: -1 <iface_type>
itab_reread:
	1074: MovReg dst: r1 src: rfp
	1075: AddImm dst: r1 imm: -8
	1076: MovImm dst: r2 imm: 8
	1077: LdXMemDW dst: r3 src: rfp off: -16 imm: 0
	1078: AddImm dst: r3 imm: 8
	1079: Call FnProbeReadUser
	1080: JNEImm dst: r0 off: -1 imm: 0 <ret0>
	1081: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	1082: Ja off: -1 <iface_type>
s_eface:
	1083: MovReg dst: r9 src: r1
	1084: MovReg dst: r2 src: r1
	1085: AndImm dst: r2 imm: 65535
	1086: AddReg dst: r2 src: r6
	1087: AddImm dst: r2 imm: 49664
	1088: LdXMemDW dst: r1 src: r2 off: 0 imm: 0
iface_type:
	1089: JEqImm dst: r1 off: -1 imm: 0 <ret0>
	1090: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	1091: LoadMapPtr dst: r1 fd: 5
	1093: MovReg dst: r2 src: rfp
	1094: AddImm dst: r2 imm: -8
	1095: Call FnMapLookupElem
	1096: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	1097: LdXMemW dst: r2 src: r0 off: 0 imm: 0
	1098: LdXMemW dst: r0 src: r0 off: 4 imm: 0
	1099: MovImm dst: r3 imm: 1
	1100: LdXMemW dst: r4 src: r6 off: 48 imm: 0
	1101: LdXMemW dst: r5 src: r6 off: 52 imm: 0
	1102: JSetImm dst: r0 off: -1 imm: 1 <iface_direct>
	1103: MovReg dst: r1 src: r9
	1104: AndImm dst: r1 imm: 65535
	1105: AddReg dst: r1 src: r6
	1106: AddImm dst: r1 imm: 49664
	1107: LdXMemDW dst: r1 src: r1 off: 8 imm: 0
	1108: AddImm dst: r4 imm: 1
	1109: JGTImm dst: r4 off: -1 imm: 3 <pushed_50>
	1110: JEqImm dst: r1 off: -1 imm: 0 <pushed_50>
	1111: JEqImm dst: r3 off: -1 imm: 0 <pushed_50>
	1112: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1113: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1114: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1115: NegImm dst: r1 imm: 0
	1116: AddReg dst: r1 src: r0
	1117: JLTImm dst: r1 off: -1 imm: 512 <push_ok_51>
	1118: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1119: OrImm dst: r1 imm: 1
	1120: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1121: Ja off: -1 <pushed_50>
push_ok_51:
	1122: MovReg dst: r1 src: r0
	1123: AddImm dst: r1 imm: 1
	1124: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1125: AndImm dst: r0 imm: 511
	1126: LShImm dst: r0 imm: 5
	1127: AddReg dst: r0 src: r6
	1128: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1129: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1130: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1131: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1132: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1133: StMemW dst: r0 src: r0 off: 532 imm: 0
	1134: StXMemW dst: r0 src: r5 off: 536 imm: 0
pushed_50:
	1135: Ja off: -1 <ret0>
iface_direct:
	1136: MovReg dst: r1 src: r9
	1137: AddImm dst: r1 imm: 8
	1138: JEqImm dst: r3 off: -1 imm: 0 <pushed_52>
	1139: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	1140: LdXMemW dst: r0 src: r6 off: 24 imm: 0
	1141: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1142: NegImm dst: r1 imm: 0
	1143: AddReg dst: r1 src: r0
	1144: JLTImm dst: r1 off: -1 imm: 512 <push_ok_53>
	1145: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1146: OrImm dst: r1 imm: 1
	1147: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1148: Ja off: -1 <pushed_52>
push_ok_53:
	1149: MovReg dst: r1 src: r0
	1150: AddImm dst: r1 imm: 1
	1151: StXMemW dst: r6 src: r1 off: 24 imm: 0
	1152: AndImm dst: r0 imm: 511
	1153: LShImm dst: r0 imm: 5
	1154: AddReg dst: r0 src: r6
	1155: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	1156: StXMemDW dst: r0 src: r1 off: 512 imm: 0
	1157: StXMemW dst: r0 src: r2 off: 520 imm: 0
	1158: StXMemW dst: r0 src: r3 off: 524 imm: 0
	1159: StXMemW dst: r0 src: r4 off: 528 imm: 0
	1160: StMemW dst: r0 src: r0 off: 532 imm: 1
	1161: StXMemW dst: r0 src: r5 off: 536 imm: 0
	1162: LdXMemW dst: r1 src: r6 off: 108 imm: 0
	1163: StXMemW dst: r0 src: r1 off: 540 imm: 0
pushed_52:
	1164: Ja off: -1 <ret0>
scan_end:
	1165: StMemW dst: r6 src: r0 off: 28 imm: 0
	1166: Ja off: -1 <ret0>
pop:
	1167: LdXMemW dst: r1 src: r6 off: 20 imm: 0
	1168: LdXMemW dst: r2 src: r6 off: 24 imm: 0
	1169: JNEReg dst: r1 off: -1 src: r2 <have_task>
	1170: MovImm dst: r0 imm: 1
	1171: Exit
have_task:
	1172: MovReg dst: r2 src: r1
	1173: AddImm dst: r2 imm: 1
	1174: StXMemW dst: r6 src: r2 off: 20 imm: 0
	1175: MovReg dst: r8 src: r1
	1176: AndImm dst: r8 imm: 511
	1177: LShImm dst: r8 imm: 5
	1178: AddReg dst: r8 src: r6
	1179: AddImm dst: r8 imm: 512
	1180: LdXMemW dst: r1 src: r8 off: 8 imm: 0
	1181: StXMemW dst: rfp src: r1 off: -8 imm: 0
	1182: LoadMapPtr dst: r1 fd: 4
	1184: MovReg dst: r2 src: rfp
	1185: AddImm dst: r2 imm: -8
	1186: Call FnMapLookupElem
	1187: JEqImm dst: r0 off: -1 imm: 0 <ret0>
	1188: MovReg dst: r7 src: r0
	1189: LdXMemW dst: r1 src: r8 off: 20 imm: 0
	1190: JEqImm dst: r1 off: -1 imm: 0 <read>
	1191: LdXMemW dst: r2 src: r8 off: 28 imm: 0
	1192: LdXMemDW dst: r1 src: r8 off: 0 imm: 0
	1193: Ja off: -1 <start_scan>
read:
	1194: MovReg dst: r1 src: r6
	1195: LdXMemDW dst: r2 src: r8 off: 0 imm: 0
	1196: LdXMemW dst: r3 src: r8 off: 8 imm: 0
	1197: LdXMemW dst: r4 src: r8 off: 12 imm: 0
	1198: MovImm dst: r5 imm: 1
	1199: Call -1 <read_item>
	1200: JSLTImm dst: r0 off: -1 imm: 0 <ret0>
	1201: LdXMemW dst: r1 src: r6 off: 84 imm: 0
	1202: StXMemW dst: r8 src: r1 off: 12 imm: 0
	1203: LdXMemW dst: r2 src: r6 off: 100 imm: 0
	1204: AddReg dst: r2 src: r0
	1205: MovReg dst: r1 src: r0
start_scan:
	1206: StXMemW dst: r6 src: r2 off: 108 imm: 0
	1207: LdXMemW dst: r2 src: r7 off: 4 imm: 0
	1208: JEqImm dst: r2 off: -1 imm: 0 <ret0>
	1209: StXMemW dst: r6 src: r1 off: 32 imm: 0
	1210: LdXMemW dst: r2 src: r8 off: 8 imm: 0
	1211: StXMemW dst: r6 src: r2 off: 36 imm: 0
	1212: LdXMemW dst: r2 src: r8 off: 12 imm: 0
	1213: StXMemW dst: r6 src: r2 off: 40 imm: 0
	1214: LdXMemW dst: r2 src: r8 off: 16 imm: 0
	1215: StXMemW dst: r6 src: r2 off: 48 imm: 0
	1216: LdXMemW dst: r2 src: r8 off: 24 imm: 0
	1217: StXMemW dst: r6 src: r2 off: 52 imm: 0
	1218: StMemW dst: r6 src: r0 off: 44 imm: 0
	1219: StMemW dst: r6 src: r0 off: 28 imm: 1
	1220: Ja off: -1 <scan>
ret0:
	1221: MovImm dst: r0 imm: 0
	1222: Exit
read_item:
	1223: MovReg dst: r6 src: r1
	1224: MovReg dst: r9 src: r2
	1225: StXMemDW dst: rfp src: r5 off: -16 imm: 0
	1226: JEqImm dst: r9 off: -1 imm: 0 <ri_none>
	1227: JEqImm dst: r4 off: -1 imm: 0 <ri_none>
	1228: StXMemW dst: r6 src: r3 off: 88 imm: 0
	1229: StXMemW dst: r6 src: r4 off: 92 imm: 0
	1230: StXMemW dst: rfp src: r3 off: -8 imm: 0
	1231: LoadMapPtr dst: r1 fd: 4
	1233: MovReg dst: r2 src: rfp
	1234: AddImm dst: r2 imm: -8
	1235: Call FnMapLookupElem
	1236: JEqImm dst: r0 off: -1 imm: 0 <ri_none>
	1237: MovReg dst: r7 src: r0
	1238: LdXMemW dst: r1 src: r7 off: 0 imm: 0
	1239: JEqImm dst: r1 off: -1 imm: 0 <ri_none>
	1240: LdXMemW dst: r2 src: r6 off: 92 imm: 0
	1241: MulReg dst: r1 src: r2
	1242: JLEImm dst: r1 off: -1 imm: 65535 <ri_asked>
	1243: MovImm dst: r1 imm: 65535
ri_asked:
	1244: StXMemW dst: r6 src: r1 off: 104 imm: 0
	1245: LdXMemW dst: r2 src: r6 off: 88 imm: 0
	1246: MovReg dst: r3 src: r2
	1247: LShImm dst: r3 imm: 40
	1248: MovReg dst: r1 src: r9
	1249: XorReg dst: r1 src: r3
	1250: LdImmDW dst: r3 imm: -7046029254386353131
	1252: MulReg dst: r1 src: r3
	1253: RShImm dst: r1 imm: 54
	1254: LdXMemW dst: r0 src: r6 off: 4 imm: 0
	1255: LdXMemW dst: r3 src: r6 off: 104 imm: 0
	1256: MovReg dst: r4 src: r1
	1257: AddImm dst: r4 imm: 0
	1258: AndImm dst: r4 imm: 1023
	1259: LShImm dst: r4 imm: 5
	1260: AddReg dst: r4 src: r6
	1261: AddImm dst: r4 imm: 16896
	1262: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	1263: JNEReg dst: r5 off: -1 src: r0 <dedup_insert>
	1264: LdXMemDW dst: r5 src: r4 off: 0 imm: 0
	1265: JNEReg dst: r5 off: -1 src: r9 <dedup_next_54>
	1266: LdXMemW dst: r5 src: r4 off: 8 imm: 0
	1267: JNEReg dst: r5 off: -1 src: r2 <dedup_next_54>
	1268: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	1269: JGEReg dst: r5 off: -1 src: r3 <ri_none>
	1270: Ja off: -1 <dedup_insert>
dedup_next_54:
	1271: MovReg dst: r4 src: r1
	1272: AddImm dst: r4 imm: 1
	1273: AndImm dst: r4 imm: 1023
	1274: LShImm dst: r4 imm: 5
	1275: AddReg dst: r4 src: r6
	1276: AddImm dst: r4 imm: 16896
	1277: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	1278: JNEReg dst: r5 off: -1 src: r0 <dedup_insert>
	1279: LdXMemDW dst: r5 src: r4 off: 0 imm: 0
	1280: JNEReg dst: r5 off: -1 src: r9 <dedup_next_55>
	1281: LdXMemW dst: r5 src: r4 off: 8 imm: 0
	1282: JNEReg dst: r5 off: -1 src: r2 <dedup_next_55>
	1283: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	1284: JGEReg dst: r5 off: -1 src: r3 <ri_none>
	1285: Ja off: -1 <dedup_insert>
dedup_next_55:
	1286: MovReg dst: r4 src: r1
	1287: AddImm dst: r4 imm: 2
	1288: AndImm dst: r4 imm: 1023
	1289: LShImm dst: r4 imm: 5
	1290: AddReg dst: r4 src: r6
	1291: AddImm dst: r4 imm: 16896
	1292: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	1293: JNEReg dst: r5 off: -1 src: r0 <dedup_insert>
	1294: LdXMemDW dst: r5 src: r4 off: 0 imm: 0
	1295: JNEReg dst: r5 off: -1 src: r9 <dedup_next_56>
	1296: LdXMemW dst: r5 src: r4 off: 8 imm: 0
	1297: JNEReg dst: r5 off: -1 src: r2 <dedup_next_56>
	1298: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	1299: JGEReg dst: r5 off: -1 src: r3 <ri_none>
	1300: Ja off: -1 <dedup_insert>
dedup_next_56:
	1301: MovReg dst: r4 src: r1
	1302: AddImm dst: r4 imm: 3
	1303: AndImm dst: r4 imm: 1023
	1304: LShImm dst: r4 imm: 5
	1305: AddReg dst: r4 src: r6
	1306: AddImm dst: r4 imm: 16896
	1307: LdXMemW dst: r5 src: r4 off: 12 imm: 0
	1308: JNEReg dst: r5 off: -1 src: r0 <dedup_insert>
	1309: LdXMemDW dst: r5 src: r4 off: 0 imm: 0
	1310: JNEReg dst: r5 off: -1 src: r9 <dedup_next_57>
	1311: LdXMemW dst: r5 src: r4 off: 8 imm: 0
	1312: JNEReg dst: r5 off: -1 src: r2 <dedup_next_57>
	1313: LdXMemW dst: r5 src: r4 off: 16 imm: 0
	1314: JGEReg dst: r5 off: -1 src: r3 <ri_none>
	1315: Ja off: -1 <dedup_insert>
dedup_next_57:
	1316: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1317: OrImm dst: r1 imm: 1
	1318: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1319: Ja off: -1 <ri_none>
dedup_insert:
	1320: StXMemDW dst: r4 src: r9 off: 0 imm: 0
	1321: StXMemW dst: r4 src: r2 off: 8 imm: 0
	1322: StXMemW dst: r4 src: r0 off: 12 imm: 0
	1323: StXMemW dst: r4 src: r3 off: 16 imm: 0
	1324: MovImm dst: r1 imm: 4200
	1325: LdXMemW dst: r2 src: r6 off: 80 imm: 0
	1326: SubReg dst: r1 src: r2
	1327: LdXMemW dst: r2 src: r7 off: 0 imm: 0
	1328: JSGEReg dst: r1 off: -1 src: r2 <ri_room>
	1329: AndImm dst: r1 imm: -8
	1330: JSLEImm dst: r1 off: -1 imm: 0 <ri_no_room>
	1331: MovReg dst: r3 src: r1
	1332: StMemW dst: r6 src: r0 off: 84 imm: 1
	1333: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1334: OrImm dst: r1 imm: 1
	1335: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1336: Ja off: -1 <ri_prefix>
ri_no_room:
	1337: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1338: OrImm dst: r1 imm: 1
	1339: StXMemW dst: r6 src: r1 off: 16 imm: 0
	1340: Ja off: -1 <ri_none>
ri_room:
	1341: DivReg dst: r1 src: r2
	1342: LdXMemW dst: r3 src: r6 off: 92 imm: 0
	1343: JLEReg dst: r3 off: -1 src: r1 <ri_fits>
	1344: MovReg dst: r3 src: r1
	1345: LdXMemW dst: r1 src: r6 off: 16 imm: 0
	1346: OrImm dst: r1 imm: 1
	1347: StXMemW dst: r6 src: r1 off: 16 imm: 0
ri_fits:
	1348: StXMemW dst: r6 src: r3 off: 84 imm: 0
	1349: MulReg dst: r3 src: r2
ri_prefix:
	1350: AndImm dst: r3 imm: 65535
	1351: StXMemW dst: r6 src: r3 off: 100 imm: 0
	1352: LdXMemW dst: r1 src: r6 off: 8 imm: 0
	1353: StXMemW dst: r6 src: r1 off: 96 imm: 0
	1354: AndImm dst: r1 imm: 65535
	1355: AddReg dst: r1 src: r6
	1356: AddImm dst: r1 imm: 49664
	1357: LdXMemW dst: r2 src: r6 off: 88 imm: 0
	1358: StXMemW dst: r1 src: r2 off: 0 imm: 0
	1359: StMemW dst: r1 src: r0 off: 4 imm: 0
	1360: StXMemDW dst: r1 src: r9 off: 8 imm: 0
	1361: StXMemW dst: r1 src: r3 off: 16 imm: 0
	1362: MovReg dst: r2 src: r3
	1363: AddImm dst: r2 imm: 7
	1364: AndImm dst: r2 imm: -8
	1365: StXMemW dst: r1 src: r2 off: 20 imm: 0
	1366: LdXMemW dst: r2 src: r6 off: 12 imm: 0
	1367: AddImm dst: r2 imm: 1
	1368: StXMemW dst: r6 src: r2 off: 12 imm: 0
	1369: AddImm dst: r1 imm: 24
	1370: MovReg dst: r2 src: r3
	1371: MovReg dst: r3 src: r9
	1372: Call FnProbeReadUser
	1373: JEqImm dst: r0 off: -1 imm: 0 <ri_read>
	1374: LdXMemW dst: r1 src: r6 off: 96 imm: 0
	1375: AndImm dst: r1 imm: 65535
	1376: AddReg dst: r1 src: r6
	1377: AddImm dst: r1 imm: 49664
	1378: StMemW dst: r1 src: r0 off: 4 imm: 1
	1379: StMemW dst: r1 src: r0 off: 16 imm: 0
	1380: StMemW dst: r1 src: r0 off: 20 imm: 0
	1381: MovImm dst: r2 imm: 0
	1382: Ja off: -1 <ri_advance>
ri_read:
	1383: LdXMemW dst: r2 src: r6 off: 100 imm: 0
	1384: AddImm dst: r2 imm: 7
	1385: AndImm dst: r2 imm: -8
ri_advance:
	1386: LdXMemW dst: r1 src: r6 off: 96 imm: 0
	1387: AddImm dst: r1 imm: 24
	1388: MovReg dst: r0 src: r1
	1389: AddReg dst: r1 src: r2
	1390: StXMemW dst: r6 src: r1 off: 8 imm: 0
	1391: LdXMemW dst: r1 src: r6 off: 80 imm: 0
	1392: AddImm dst: r1 imm: 24
	1393: StXMemW dst: r6 src: r1 off: 80 imm: 0
	1394: LdXMemW dst: r1 src: r6 off: 80 imm: 0
	1395: AddReg dst: r1 src: r2
	1396: StXMemW dst: r6 src: r1 off: 80 imm: 0
	1397: JEqImm dst: r2 off: -1 imm: 0 <ri_none>
	1398: Exit
ri_static:
	1399: LdXMemW dst: r1 src: r6 off: 96 imm: 0
	1400: AndImm dst: r1 imm: 65535
	1401: AddReg dst: r1 src: r6
	1402: AddImm dst: r1 imm: 49664
	1403: StMemW dst: r1 src: r0 off: 4 imm: 128
	1404: StMemW dst: r1 src: r0 off: 20 imm: 0
	1405: LdXMemW dst: r1 src: r6 off: 96 imm: 0
	1406: AddImm dst: r1 imm: 24
	1407: StXMemW dst: r6 src: r1 off: 8 imm: 0
	1408: LdXMemW dst: r1 src: r6 off: 80 imm: 0
	1409: LdXMemW dst: r2 src: r6 off: 100 imm: 0
	1410: AddImm dst: r2 imm: 31
	1411: AndImm dst: r2 imm: -8
	1412: AddReg dst: r1 src: r2
	1413: StXMemW dst: r6 src: r1 off: 80 imm: 0
ri_none:
	1414: MovImm dst: r0 imm: -1
	1415: Exit
