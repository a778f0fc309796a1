"""Where the bytes for a device go, behind one small interface: ``Transport.send(data)``.

- ``FileTransport``: appends to a file. The tests' fake printer and display, and "print to a
  file" for a printer shared another way.
- ``DeviceTransport``: writes to a device file: ``/dev/usb/lp0`` for a USB printer on Linux
  (the kernel's usblp driver; no libusb needed), ``/dev/ttyUSB0`` when the serial settings
  are already right.
- ``SerialTransport``: a serial port (``COM3``, ``/dev/ttyS0``) at a baud rate, by pyserial.
- ``NetworkTransport``: a printer on the network, raw TCP on port 9100.
- ``QueueTransport``: a printer queue in raw mode: a Windows printer through the print spooler
  (``winspool.drv``, datatype RAW: the USB printers Windows installed with their driver), or
  a CUPS queue by ``lp -o raw``.

Every transport raises ``DeviceError`` with the device's name when the bytes could not be
sent; the caller says so to the user. Sending may block (a printer that is off, a network
printer that does not answer): callers run it off the GUI thread.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path
from typing import Protocol

NETWORK_TIMEOUT_S = 4.0
SERIAL_TIMEOUT_S = 2.0


class DeviceError(OSError):
    """The bytes could not be sent to ``device``; ``reason`` says why (the system's words)."""

    def __init__(self, device: str, reason: str) -> None:
        super().__init__(f"{device}: {reason}")
        self.device = device
        self.reason = reason


class Transport(Protocol):
    name: str

    def send(self, data: bytes) -> None: ...


class FileTransport:
    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.name = str(self.path)

    def send(self, data: bytes) -> None:
        try:
            with self.path.open("ab") as out:
                out.write(data)
        except OSError as exc:
            raise DeviceError(self.name, exc.strerror or str(exc)) from exc


class DeviceTransport:
    def __init__(self, path: str) -> None:
        self.path = path
        self.name = path

    def send(self, data: bytes) -> None:
        try:
            fd = os.open(self.path, os.O_WRONLY | getattr(os, "O_BINARY", 0))
        except OSError as exc:
            raise DeviceError(self.name, exc.strerror or str(exc)) from exc
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
        except OSError as exc:
            raise DeviceError(self.name, exc.strerror or str(exc)) from exc
        finally:
            os.close(fd)


class SerialTransport:
    def __init__(self, port: str, baud: int = 9600) -> None:
        self.port = port
        self.baud = baud
        self.name = port

    def send(self, data: bytes) -> None:
        try:
            import serial  # pyserial
        except ImportError as exc:  # pragma: no cover - a dependency of the program
            raise DeviceError(self.name, "pyserial is not installed") from exc
        try:
            with serial.Serial(
                self.port, self.baud, timeout=SERIAL_TIMEOUT_S, write_timeout=SERIAL_TIMEOUT_S
            ) as port:
                port.write(data)
                port.flush()
        except (serial.SerialException, OSError, ValueError) as exc:
            raise DeviceError(self.name, str(exc)) from exc


class NetworkTransport:
    def __init__(self, host: str, port: int = 9100) -> None:
        self.host = host
        self.port = port
        self.name = f"{host}:{port}"

    def send(self, data: bytes) -> None:
        try:
            with socket.create_connection((self.host, self.port), NETWORK_TIMEOUT_S) as conn:
                conn.sendall(data)
        except OSError as exc:
            raise DeviceError(self.name, exc.strerror or str(exc)) from exc


class QueueTransport:
    """A printer queue in raw mode: the bytes reach the printer untouched by any driver."""

    def __init__(self, queue: str) -> None:
        self.queue = queue
        self.name = queue

    def send(self, data: bytes) -> None:
        if sys.platform == "win32":  # pragma: no cover - Windows only
            _windows_raw(self.queue, data)
            return
        command = ["lp", "-s", "-o", "raw"] + (["-d", self.queue] if self.queue else [])
        try:
            done = subprocess.run(command, input=data, capture_output=True, timeout=10)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise DeviceError(self.name or "lp", str(exc)) from exc
        if done.returncode != 0:
            reason = done.stderr.decode(errors="replace").strip() or f"lp exit {done.returncode}"
            raise DeviceError(self.name or "lp", reason)


if sys.platform == "win32":  # pragma: no cover - Windows only

    def _windows_raw(queue: str, data: bytes) -> None:
        """Through the print spooler with datatype RAW, as python-escpos's Win32Raw does with
        pywin32 (here by ctypes, so nothing more is installed)."""
        import ctypes
        from ctypes import wintypes

        winspool = ctypes.WinDLL("winspool.drv", use_last_error=True)

        class DocInfo1(ctypes.Structure):
            _fields_ = [
                ("pDocName", wintypes.LPWSTR),
                ("pOutputFile", wintypes.LPWSTR),
                ("pDatatype", wintypes.LPWSTR),
            ]

        def fail(step: str) -> DeviceError:
            return DeviceError(queue, f"{step}: {ctypes.FormatError(ctypes.get_last_error())}")

        handle = wintypes.HANDLE()
        if not winspool.OpenPrinterW(queue, ctypes.byref(handle), None):
            raise fail("OpenPrinter")
        try:
            info = DocInfo1("StoreCRM", None, "RAW")
            if not winspool.StartDocPrinterW(handle, 1, ctypes.byref(info)):
                raise fail("StartDocPrinter")
            try:
                winspool.StartPagePrinter(handle)
                written = wintypes.DWORD()
                buffer = ctypes.create_string_buffer(data, len(data))
                if not winspool.WritePrinter(handle, buffer, len(data), ctypes.byref(written)):
                    raise fail("WritePrinter")
                winspool.EndPagePrinter(handle)
            finally:
                winspool.EndDocPrinter(handle)
        finally:
            winspool.ClosePrinter(handle)

else:

    def _windows_raw(queue: str, data: bytes) -> None:
        raise DeviceError(queue, "a Windows printer queue, on another system")


__all__ = [
    "DeviceError",
    "DeviceTransport",
    "FileTransport",
    "NetworkTransport",
    "QueueTransport",
    "SerialTransport",
    "Transport",
]
