"""Letters: sealed files one partner's workbook writes and the other's opens (issue 17).

trustroad never sends anything: a person carries a letter however they like. pairing.py holds
the pairing (each workbook's key pair and the partner's public key), envelope.py seals and opens
the bytes, words.py turns a pairing into words the two partners compare aloud.
"""
