"""What the neutrality tests share: a spec of two sides on a made-up bypass."""

SPEC = """title = "Bypass"
question = "Should the town build the bypass?"
[[positions]]
id = "for"
label = "For the bypass"
cues = ["build the bypass", "end the congestion"]
[[positions]]
id = "against"
label = "Against the bypass"
cues = ["destroy the meadow", "waste of money"]
"""
