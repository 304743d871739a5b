"""Pictures in memory only: decoding, blurring and PNG encoding never touch the disk."""

from __future__ import annotations

import io

from PIL import Image, ImageFilter
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage

# The blur shrinks a picture to about this many pixels across before smoothing it, so
# nothing in it (faces, bodies, text) can be made out, however large it is shown.
BLUR_ACROSS = 9


def decode(data: bytes) -> QImage:
    """A QImage from JPEG or PNG bytes (null if they cannot be read)."""
    return QImage.fromData(data)


def _to_qimage(im: Image.Image) -> QImage:
    rgb = im.convert("RGB")
    raw = rgb.tobytes("raw", "RGB")
    width, height = rgb.size
    # copy(): the QImage must own its pixels, not borrow the Python bytes.
    return QImage(raw, width, height, 3 * width, QImage.Format.Format_RGB888).copy()


def blurred(data: bytes) -> QImage:
    """A heavily blurred QImage of JPEG or PNG bytes, made in memory with Pillow."""
    with Image.open(io.BytesIO(data)) as im:
        im.load()
        rgb = im.convert("RGB")
    width, height = rgb.size
    factor = max(1, width // BLUR_ACROSS)
    small = rgb.reduce(factor) if factor > 1 else rgb
    small = small.filter(ImageFilter.GaussianBlur(radius=2))
    return _to_qimage(small.resize((width, height), Image.Resampling.BILINEAR))


def picture(data: bytes, *, shown: bool) -> QImage:
    """The picture as it may be shown: clear when the person chose to see it, else blurred."""
    return decode(data) if shown else blurred(data)


def fit(image: QImage, width: int, height: int) -> QImage:
    """Scaled down (never up) to fit inside width x height, keeping its shape."""
    if image.isNull() or (image.width() <= width and image.height() <= height):
        return image
    return image.scaled(
        max(1, width),
        max(1, height),
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )


def png_bytes(image: QImage) -> bytes:
    """Encode a QImage as PNG into memory (a QBuffer): no temporary file is written."""
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    ok = image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stub says bytes; str works
    buffer.close()
    if not ok:
        raise ValueError("the picture could not be encoded")
    return bytes(array.data())
