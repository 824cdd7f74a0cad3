"""Staff forms: `lakip formulir` writing the units' workbooks, `lakip impor` reading them back."""

CATALOGUE: dict[str, tuple[str, str]] = {
    "form-unknown-unit": (
        "Unit '{unit}' tidak dikenal. Unit yang ada: {known}.",
        "Unknown unit '{unit}'. The units are: {known}.",
    ),
}
