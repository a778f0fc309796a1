"""The counter's devices: the receipt printer (ESC/POS) with the cash drawer on its port, and
the LED pole display.

Pure encoders and thin transports, no Qt and no database:

- ``ticket``: what is printed, as data (lines of text with their style, a QR code, a barcode,
  feeds, the cut, a drawer pulse) and the column arithmetic of a thermal roll (a Chinese
  character takes two columns);
- ``escpos``: a ticket as ESC/POS bytes (GB18030 text, bold, double size, QR ``GS ( k``,
  Code128 ``GS k``, cut ``GS V``, drawer ``ESC p``); ``escpos_decode`` reads such bytes back
  into a ticket (the tests, and the test print's preview);
- ``pole``: the 8-digit LED pole display (``ESC s`` lamp, ``ESC Q A`` digits);
- ``transports``: where the bytes go, behind one small interface (``Transport.send``): a file
  (the tests' fake, or a print-to-file), a device file (``/dev/usb/lp0``), a serial port
  (pyserial), the network (port 9100), a CUPS queue or a Windows printer in raw mode;
- ``config``: the settings of one counter PC that choose the transports.
"""
