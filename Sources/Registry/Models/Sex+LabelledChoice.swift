import Core

extension Sex: LabelledChoice {}
