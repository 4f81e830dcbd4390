"""A JSON project file that is empty or only blank is refused as empty, naming the file."""

from __future__ import annotations

import pytest

from journey_designer.domain.errors import ProjectFileError
from journey_designer.io.project_file.json_io import load_json


@pytest.mark.parametrize("content", [b"", b" \n\t\r\n", b"\xef\xbb\xbf", b"\x0b\x0c "])
def test_an_empty_or_blank_file_is_refused_as_empty(tmp_path, content) -> None:
    path = tmp_path / "plan.json"
    path.write_bytes(content)
    with pytest.raises(ProjectFileError) as refused:
        load_json(path)
    assert str(path) in str(refused.value)
    assert "is empty" in str(refused.value) or "not valid JSON" in str(refused.value)
    if content != b"\xef\xbb\xbf":  # a BOM alone is text that is no JSON
        assert "is empty" in str(refused.value)


def test_a_file_with_something_in_it_is_not_called_empty(tmp_path) -> None:
    path = tmp_path / "plan.json"
    path.write_bytes(b"\n  {")
    with pytest.raises(ProjectFileError) as refused:
        load_json(path)
    assert "is empty" not in str(refused.value)
