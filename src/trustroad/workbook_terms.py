"""How workbook.json keys answers and ticks: plain Python, no pydantic (models.py re-exports it)."""


def answer_key(step_id: str, prompt_id: str) -> str:
    """Answers and checklist ticks are keyed "step-id/prompt-id" (ids never contain "/")."""
    return f"{step_id}/{prompt_id}"
